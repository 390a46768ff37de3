#!/usr/bin/env python3
"""Generate sympy_derivatives.json, the SymPy fixture for the calculus tests.

Run from this directory with Debian's python3-sympy:

    /usr/bin/python3 gen_sympy.py > sympy_derivatives.json

(/usr/bin/python3 gen_sympy.py SEED > other.json draws other random expressions, to
check chalk on expressions it was never tuned on; the tests read only
sympy_derivatives.json and, if present, holdout_*.json.)

For every expression it records, computed by SymPy (never by chalk):
  input      the expression in chalk's syntax
  sympy      the same expression as SymPy prints it
  var        the variable of differentiation
  derivative str(diff(f, var))
  points     sample points inside the domain, with f, f' (and f'' for some)
  ops        count_ops(simplify(diff(f, var))), the readability yardstick
  ops_input  count_ops(f), used to check chalk's own operation counter
  kind       "textbook" (a hand-written exercise) or "random"

The random expressions come from a small grammar with a fixed seed, so the
fixture is reproducible; the test suite reads the JSON (CI has no Python).
"""
import json
import math
import random
import signal
import sys

import sympy
from sympy import (E, Abs, Add, Integer, Mul, Pow, Rational, S, acos, asin, atan,
                   cos, cosh, cot, count_ops, csc, diff, exp, fraction, log, pi,
                   sec, simplify, sin, sinh, sqrt, sympify, tan, tanh)

x, y, z = sympy.symbols("x y z", real=True)
NS = {"x": x, "y": y, "z": z, "E": E, "e": E, "pi": pi, "ln": log, "log": log,
      "abs": Abs, "Abs": Abs}

# Textbook exercises: (chalk syntax, SymPy syntax). Written as a learner types
# them, with implicit multiplication, Unicode and e^x, to exercise the parser.
TEXTBOOK = [
    # the seed's four worked examples
    ("sqrt(5x^3 + 2)", "sqrt(5*x**3 + 2)"),
    ("sqrt(x)*ln(x)", "sqrt(x)*log(x)"),
    ("1/(x^2 + 4)", "1/(x**2 + 4)"),
    ("e^x/x^3", "exp(x)/x**3"),
    # polynomials
    ("x^3 - 2x + 1", "x**3 - 2*x + 1"),
    ("4x^5 - 3x^2 + 7", "4*x**5 - 3*x**2 + 7"),
    ("(x^2 + 1)(x^3 - x)", "(x**2 + 1)*(x**3 - x)"),
    ("(2x + 3)^5", "(2*x + 3)**5"),
    ("x^4/4 - x^2/2", "x**4/4 - x**2/2"),
    ("(x - 1)(x + 2)(x - 3)", "(x - 1)*(x + 2)*(x - 3)"),
    ("3x^2 - 5x + 2", "3*x**2 - 5*x + 2"),
    ("(x^2 - 3x)^4", "(x**2 - 3*x)**4"),
    ("x^10 - 10x", "x**10 - 10*x"),
    ("0.5x^2 + 0.25x", "x**2/2 + x/4"),
    ("x²(x − 1)³", "x**2*(x - 1)**3"),
    ("-x^2 + 4x", "-x**2 + 4*x"),
    ("(1 - x)^3", "(1 - x)**3"),
    ("x^99", "x**99"),
    # roots and fractional powers
    ("sqrt(x)", "sqrt(x)"),
    ("√x", "sqrt(x)"),
    ("x^(2/3)", "x**Rational(2, 3)"),
    ("sqrt(1 - x^2)", "sqrt(1 - x**2)"),
    ("(x^2 + 1)^(3/2)", "(x**2 + 1)**Rational(3, 2)"),
    ("x sqrt(x + 1)", "x*sqrt(x + 1)"),
    ("sqrt(x)/(x + 1)", "sqrt(x)/(x + 1)"),
    ("1/sqrt(x)", "1/sqrt(x)"),
    ("(3x + 1)^(1/3)", "(3*x + 1)**Rational(1, 3)"),
    ("sqrt(x^2 + 4x + 1)", "sqrt(x**2 + 4*x + 1)"),
    ("√(x + 1)", "sqrt(x + 1)"),
    ("2sqrt(x) + 3/sqrt(x)", "2*sqrt(x) + 3/sqrt(x)"),
    ("x^(3/2) - x^(1/2)", "x**Rational(3, 2) - sqrt(x)"),
    ("sqrt(x + sqrt(x))", "sqrt(x + sqrt(x))"),
    ("sqrt((x - 1)/(x + 1))", "sqrt((x - 1)/(x + 1))"),
    ("x/sqrt(x^2 + 1)", "x/sqrt(x**2 + 1)"),
    ("(x^2 + 1)^(-1/2)", "(x**2 + 1)**Rational(-1, 2)"),
    ("sqrt(x)(x^2 + 1)", "sqrt(x)*(x**2 + 1)"),
    # fractions and quotients
    ("(x^2 + 1)/(x - 1)", "(x**2 + 1)/(x - 1)"),
    ("x/(x^2 + 1)", "x/(x**2 + 1)"),
    ("(2x - 1)/(3x + 2)", "(2*x - 1)/(3*x + 2)"),
    ("1/x^2", "1/x**2"),
    ("3/x^4", "3/x**4"),
    ("(x + 1)/(x - 1)", "(x + 1)/(x - 1)"),
    ("x^2/(1 - x)", "x**2/(1 - x)"),
    ("1/(1 + x)^2", "1/(1 + x)**2"),
    ("(x^3 + 2x)/(x^2 - 1)", "(x**3 + 2*x)/(x**2 - 1)"),
    ("x + 1/x", "x + 1/x"),
    ("(x - 1)^2/x", "(x - 1)**2/x"),
    ("5/(2x + 1)^3", "5/(2*x + 1)**3"),
    ("1/(x^2 + x + 1)", "1/(x**2 + x + 1)"),
    ("(x^2 - 1)/(x^2 + 1)", "(x**2 - 1)/(x**2 + 1)"),
    # products
    ("x^2 sin(x)", "x**2*sin(x)"),
    ("x e^x", "x*exp(x)"),
    ("x^3 ln(x)", "x**3*log(x)"),
    ("e^x sin(x)", "exp(x)*sin(x)"),
    ("x^2 e^(-x)", "x**2*exp(-x)"),
    ("sin(x)cos(x)", "sin(x)*cos(x)"),
    ("x atan(x)", "x*atan(x)"),
    ("x ln(x) - x", "x*log(x) - x"),
    ("e^x cos(2x)", "exp(x)*cos(2*x)"),
    ("x^2 sec(x)", "x**2*sec(x)"),
    ("(x^2 + 1)e^x", "(x**2 + 1)*exp(x)"),
    ("x sin(x)cos(x)", "x*sin(x)*cos(x)"),
    ("x² ln(x)", "x**2*log(x)"),
    ("sqrt(x) e^x", "sqrt(x)*exp(x)"),
    ("2x·cos(x)", "2*x*cos(x)"),
    ("x^3 e^(2x)", "x**3*exp(2*x)"),
    ("ln(x) sin(x)", "log(x)*sin(x)"),
    ("x asin(x)", "x*asin(x)"),
    # quotients with functions
    ("sin(x)/x", "sin(x)/x"),
    ("ln(x)/x", "log(x)/x"),
    ("x/ln(x)", "x/log(x)"),
    ("cos(x)/(1 + sin(x))", "cos(x)/(1 + sin(x))"),
    ("e^x/(1 + e^x)", "exp(x)/(1 + exp(x))"),
    ("tan(x)/x", "tan(x)/x"),
    ("x/e^x", "x*exp(-x)"),
    ("ln(x)/x^2", "log(x)/x**2"),
    ("(1 - cos(x))/sin(x)", "(1 - cos(x))/sin(x)"),
    ("e^x/(x^2 + 1)", "exp(x)/(x**2 + 1)"),
    ("1/(1 + e^(-x))", "1/(1 + exp(-x))"),
    ("x^2/ln(x)", "x**2/log(x)"),
    ("sin(x)/(1 + cos(x))", "sin(x)/(1 + cos(x))"),
    # chains
    ("sin(x^2)", "sin(x**2)"),
    ("cos(3x + 1)", "cos(3*x + 1)"),
    ("e^(x^2)", "exp(x**2)"),
    ("ln(x^2 + 1)", "log(x**2 + 1)"),
    ("sin(cos(x))", "sin(cos(x))"),
    ("e^(sin(x))", "exp(sin(x))"),
    ("ln(ln(x))", "log(log(x))"),
    ("sqrt(sin(x))", "sqrt(sin(x))"),
    ("tan(2x)^3", "tan(2*x)**3"),
    ("(1 + e^(2x))^3", "(1 + exp(2*x))**3"),
    ("sin(sqrt(x))", "sin(sqrt(x))"),
    ("ln(sqrt(x^2 + 1))", "log(sqrt(x**2 + 1))"),
    ("cos(x)^2", "cos(x)**2"),
    ("sin^2(x)", "sin(x)**2"),
    ("sin²(x) + cos²(x)", "sin(x)**2 + cos(x)**2"),
    ("e^(-x^2/2)", "exp(-x**2/2)"),
    ("2^x", "2**x"),
    ("3^(x^2)", "3**(x**2)"),
    ("x^x", "x**x"),
    ("x^sin(x)", "x**sin(x)"),
    ("ln(cos(x))", "log(cos(x))"),
    ("atan(x^2)", "atan(x**2)"),
    ("asin(2x)", "asin(2*x)"),
    ("acos(sqrt(x))", "acos(sqrt(x))"),
    ("sinh(x^2)", "sinh(x**2)"),
    ("cosh(2x)", "cosh(2*x)"),
    ("tanh(x)", "tanh(x)"),
    ("tanh(3x^2)", "tanh(3*x**2)"),
    ("abs(x)", "Abs(x)"),
    ("abs(x^2 - 1)", "Abs(x**2 - 1)"),
    ("sec(x)", "sec(x)"),
    ("csc(x)", "csc(x)"),
    ("cot(x)", "cot(x)"),
    ("sec(x)tan(x)", "sec(x)*tan(x)"),
    ("ln(abs(x))", "log(Abs(x))"),
    ("log(x^2)", "log(x**2)"),
    ("e^(3x)", "exp(3*x)"),
    ("exp(-2x)", "exp(-2*x)"),
    ("sin(2x + pi/4)", "sin(2*x + pi/4)"),
    ("cos(πx)", "cos(pi*x)"),
    ("ln(3x)", "log(3*x)"),
    ("ln((x + 1)/(x - 1))", "log((x + 1)/(x - 1))"),
    ("e^(e^x)", "exp(exp(x))"),
    ("sin(sin(sin(x)))", "sin(sin(sin(x)))"),
    ("sqrt(1 + sqrt(1 + x))", "sqrt(1 + sqrt(1 + x))"),
    ("(x^2 + 1)^10", "(x**2 + 1)**10"),
    ("(sin(x) + cos(x))^2", "(sin(x) + cos(x))**2"),
    ("atan(1/x)", "atan(1/x)"),
    ("asin(x)/sqrt(1 - x^2)", "asin(x)/sqrt(1 - x**2)"),
    ("x^2 atan(x)", "x**2*atan(x)"),
    ("ln(sec(x) + tan(x))", "log(sec(x) + tan(x))"),
    ("e^x ln(x)", "exp(x)*log(x)"),
    ("tan(x)^2", "tan(x)**2"),
    ("cot(x^2)", "cot(x**2)"),
    ("csc(2x)", "csc(2*x)"),
    ("sinh(x)cosh(x)", "sinh(x)*cosh(x)"),
    ("ln(cosh(x))", "log(cosh(x))"),
    ("atan(e^x)", "atan(exp(x))"),
    ("10^x", "10**x"),
    ("x 2^x", "x*2**x"),
    ("(ln(x))^2", "log(x)**2"),
    ("ln(x)^3", "log(x)**3"),
    ("1/ln(x)", "1/log(x)"),
    ("sqrt(e^x + 1)", "sqrt(exp(x) + 1)"),
    ("e^(sqrt(x))", "exp(sqrt(x))"),
    ("x/(1 + x^2)^2", "x/(1 + x**2)**2"),
    ("(x + 1)^2(x - 1)^3", "(x + 1)**2*(x - 1)**3"),
    ("(2x + 1)/sqrt(x)", "(2*x + 1)/sqrt(x)"),
    ("x^2/sqrt(1 - x)", "x**2/sqrt(1 - x)"),
    ("pi x^2", "pi*x**2"),
    ("2pi sqrt(x)", "2*pi*sqrt(x)"),
    ("e x + e^2", "E*x + exp(2)"),
    ("x^e", "x**E"),
    ("(1 + 1/x)^x", "(1 + 1/x)**x"),
    ("x^(1/x)", "x**(1/x)"),
]

# Partial derivatives: (chalk, SymPy, variable).
PARTIALS = [
    ("x^2 y + y^3", "x**2*y + y**3", "x"),
    ("x^2 y + y^3", "x**2*y + y**3", "y"),
    ("e^(x y)", "exp(x*y)", "x"),
    ("e^(x y)", "exp(x*y)", "y"),
    ("sin(x y)", "sin(x*y)", "y"),
    ("x/y", "x/y", "y"),
    ("sqrt(x^2 + y^2)", "sqrt(x**2 + y**2)", "x"),
    ("ln(x^2 + y^2)", "log(x**2 + y**2)", "y"),
    ("x e^y", "x*exp(y)", "y"),
    ("atan(y/x)", "atan(y/x)", "x"),
    ("atan(y/x)", "atan(y/x)", "y"),
    ("x^3 y^2 - 2x y + 5", "x**3*y**2 - 2*x*y + 5", "y"),
    ("x y z", "x*y*z", "z"),
    ("(x + y)^3", "(x + y)**3", "x"),
    ("x^y", "x**y", "y"),
    ("x^y", "x**y", "x"),
    ("cos(x - y)", "cos(x - y)", "y"),
    ("y ln(x)", "y*log(x)", "x"),
    ("e^(-(x^2 + y^2))", "exp(-(x**2 + y**2))", "x"),
    ("x^2 + x y + y^2", "x**2 + x*y + y**2", "y"),
    ("(x - y)/(x + y)", "(x - y)/(x + y)", "x"),
    ("sqrt(x y)", "sqrt(x*y)", "y"),
    ("x sin(y) + y sin(x)", "x*sin(y) + y*sin(x)", "x"),
    ("z^2 e^(x z)", "z**2*exp(x*z)", "z"),
]

POINTS = [0.35, 0.8, 1.45, 2.3, -0.55, -1.25, 3.1, 0.15, -2.2]
POINTS2 = [{"x": 0.7, "y": 1.3, "z": 0.4}, {"x": 1.6, "y": 0.45, "z": 1.1},
           {"x": -0.8, "y": 0.9, "z": -0.5}, {"x": 2.2, "y": -1.4, "z": 0.75},
           {"x": 0.3, "y": 2.5, "z": 1.9}]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def with_timeout(seconds, fn, *args):
    signal.alarm(seconds)
    try:
        return fn(*args)
    except Timeout:
        return None
    finally:
        signal.alarm(0)


# ---- chalk printer: SymPy expression -> chalk syntax (explicit *, few parens)
SUM, PROD, UNARY, POW, ATOM = 1, 2, 3, 4, 5
FUNCS = {sin: "sin", cos: "cos", tan: "tan", sec: "sec", csc: "csc", cot: "cot",
         asin: "asin", acos: "acos", atan: "atan", sinh: "sinh", cosh: "cosh",
         tanh: "tanh", log: "ln", Abs: "abs"}


def wrap(sp, need):
    s, p = sp
    return "(" + s + ")" if p < need else s


def chalk(e):
    """Returns (text, precedence)."""
    if e.is_Integer:
        return (str(e), ATOM) if e >= 0 else (str(e), UNARY)
    if e.is_Rational:
        return ("%d/%d" % (e.p, e.q), PROD)
    if e == E:
        return ("e", ATOM)
    if e == pi:
        return ("pi", ATOM)
    if e.is_Symbol:
        return (e.name, ATOM)
    if e.is_Add:
        terms = list(e.as_ordered_terms())
        s = chalk(terms[0])[0]
        for t in terms[1:]:
            if t.could_extract_minus_sign():
                s += " - " + wrap(chalk(-t), PROD)
            else:
                s += " + " + wrap(chalk(t), PROD)
        return (s, SUM)
    if e.is_Mul:
        c, rest = e.as_coeff_Mul()
        if c < 0:
            return ("-" + wrap(chalk(-e), UNARY), UNARY)
        n, d = fraction(e)
        if d != 1:
            return (wrap(chalk(n), PROD) + "/" + wrap(chalk(d), POW), PROD)
        fs = Mul.make_args(e)
        return ("*".join(wrap(chalk(f), POW) for f in fs), PROD)
    if e.is_Pow:
        b, ex = e.as_base_exp()
        if b == E:
            return ("e^" + wrap(chalk(ex), ATOM), POW)
        if ex == S.Half:
            return ("sqrt(" + chalk(b)[0] + ")", ATOM)
        if ex == -1:
            return ("1/" + wrap(chalk(b), POW), PROD)
        if ex.is_Rational and ex < 0:
            return ("1/" + wrap(chalk(Pow(b, -ex)), POW), PROD)
        return (wrap(chalk(b), ATOM) + "^" + wrap(chalk(ex), ATOM), POW)
    if isinstance(e, exp):
        return ("e^" + wrap(chalk(e.args[0]), ATOM), POW)
    for f, name in FUNCS.items():
        if isinstance(e, f):
            return (name + "(" + chalk(e.args[0])[0] + ")", ATOM)
    raise ValueError("cannot print %r" % e)


# ---- random expressions from a small grammar, fixed seed (an optional first
# argument picks another seed, to check chalk on expressions it never saw)
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20261125
rng = random.Random(SEED)
UNARY_FUNCS = [sin, cos, tan, exp, log, sqrt, atan, asin, sinh, cosh, tanh, Abs, sec, cot]


def leaf():
    r = rng.random()
    if r < 0.62:
        return x
    if r < 0.92:
        return Integer(rng.randint(1, 5))
    if r < 0.97:
        return Rational(rng.choice([1, 1, 3]), rng.choice([2, 3, 4]))
    return pi


def gen(depth):
    if depth == 0:
        return leaf()
    r = rng.random()
    if r < 0.2:
        return gen(depth - 1) + gen(depth - 1)
    if r < 0.3:
        return gen(depth - 1) - gen(depth - 1)
    if r < 0.5:
        return gen(depth - 1) * gen(depth - 1)
    if r < 0.6:
        return gen(depth - 1) / gen(depth - 1)
    if r < 0.75:
        ex = rng.choice([Integer(2), Integer(3), Integer(-1), Integer(-2), Rational(1, 2),
                         Rational(3, 2), Rational(-1, 2), Rational(1, 3), Integer(4)])
        return gen(depth - 1) ** ex
    f = rng.choice(UNARY_FUNCS)
    return f(gen(depth - 1))


def real_value(expr, subs):
    """The value of expr at subs if it and every subexpression is real."""
    for sub in sympy.preorder_traversal(expr):
        if sub.is_Atom or sub.is_Add or sub.is_Mul:
            continue
        try:
            w = complex(sub.evalf(30, subs=subs))
        except Exception:
            return None
        if abs(w.imag) > 1e-12 or not math.isfinite(w.real):
            return None
    try:
        v = complex(expr.evalf(30, subs=subs))
    except Exception:
        return None
    if abs(v.imag) > 1e-9 * max(1.0, abs(v.real)) or not math.isfinite(v.real):
        return None
    if abs(v.real) > 1e7:
        return None
    return v.real


def sample(f, df, d2f, var, multi):
    pts = []
    cands = POINTS2 if multi else [{"x": p} for p in POINTS]
    for c in cands:
        subs = {x: c.get("x", 0), y: c.get("y", 0), z: c.get("z", 0)}
        fv = real_value(f, subs)
        dv = real_value(df, subs)
        if fv is None or dv is None:
            continue
        ok = True
        for h in (-2e-3, 2e-3):  # f must be real around the point, for finite differences
            s2 = dict(subs)
            s2[{"x": x, "y": y, "z": z}[var]] += h
            if real_value(f, s2) is None:
                ok = False
        if not ok:
            continue
        p = {"at": {k: c[k] for k in sorted(c) if not multi or k in ("x", "y", "z")}, "f": fv, "df": dv}
        if not multi:
            p["at"] = {"x": c["x"]}
        if d2f is not None:
            v2 = real_value(d2f, subs)
            if v2 is None:
                continue
            p["d2f"] = v2
        pts.append(p)
        if len(pts) == 4:
            break
    return pts


def record(src, f, var, kind, second):
    v = {"x": x, "y": y, "z": z}[var]
    df = diff(f, v)
    if df == 0:
        return None
    d2f = diff(f, v, 2) if second else None
    multi = bool(f.free_symbols - {x})
    pts = sample(f, df, d2f, var, multi)
    if len(pts) < 2:
        return None
    simp = with_timeout(30, simplify, df)
    rec = {
        "input": src,
        "sympy": str(f),
        "var": var,
        "derivative": str(df),
        "points": pts,
        "ops": count_ops(simp) if simp is not None else -1,
        "ops_input": count_ops(f),
        "kind": kind,
    }
    if simp is not None:
        rec["simplified"] = str(simp)
    if second:
        rec["second"] = str(d2f)
    return rec


def main():
    out = []
    if SEED != 20261125:  # a held-out run: random expressions only
        TEXTBOOK.clear()
        PARTIALS.clear()
    for i, (src, sy) in enumerate(TEXTBOOK):
        f = sympify(sy, locals=NS)
        r = record(src, f, "x", "textbook", i % 3 == 0)
        if r is None:
            print("skipped textbook", src, file=sys.stderr)
            continue
        out.append(r)
    for src, sy, var in PARTIALS:
        f = sympify(sy, locals=NS)
        r = record(src, f, var, "partial", False)
        if r is None:
            print("skipped partial", src, var, file=sys.stderr)
            continue
        out.append(r)
    seen = set()
    want = 320
    tries = 0
    while sum(1 for r in out if r["kind"] == "random") < want and tries < 5000:
        tries += 1
        try:  # SymPy itself fails on a few random trees, e.g. sec(cosh(u)^k)
            f = gen(rng.choice([2, 2, 3, 3, 3, 4]))
            if x not in f.free_symbols or count_ops(f) > 18 or f.has(sympy.zoo, sympy.nan, sympy.oo):
                continue
            src = chalk(f)[0]
        except Exception as err:
            print("skipped a random tree:", err, file=sys.stderr)
            continue
        if src in seen:
            continue
        seen.add(src)
        try:
            r = with_timeout(60, record, src, f, "x", "random", tries % 4 == 0)
        except Exception as err:
            print("skipped", src, err, file=sys.stderr)
            continue
        if r is None:
            continue
        out.append(r)
        print(len(out), src, file=sys.stderr)
    json.dump({"generator": "gen_sympy.py", "sympy_version": sympy.__version__,
               "expressions": out}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
