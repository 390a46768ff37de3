package taxonomy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChalkLinksResolve checks every link against the chalk source tree: each
// example directory must hold Go files and each symbol must be declared in
// its package, so a rename elsewhere cannot leave the taxonomy pointing at
// nothing.
func TestChalkLinksResolve(t *testing.T) {
	var links []Link
	for _, m := range Models() {
		links = append(links, m.Chalk...)
	}
	for _, a := range Architectures() {
		links = append(links, a.Chalk...)
	}
	seen := map[Link]bool{}
	for _, l := range links {
		if seen[l] {
			continue
		}
		seen[l] = true
		t.Run(l.Ref, func(t *testing.T) {
			switch l.Kind {
			case ExampleLink:
				dir := filepath.Join("..", filepath.FromSlash(l.Ref))
				files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
				if len(files) == 0 {
					missing(t, "%s has no Go files ", l.Ref)
				}
			case SymbolLink:
				parts := strings.Split(l.Ref, ".")
				require.GreaterOrEqual(t, len(parts), 2, "a symbol is package.Name")
				dir := filepath.Join("..", parts[0])
				if _, err := os.Stat(dir); err != nil {
					missing(t, "package %s does not exist ", parts[0])
				}
				if !declares(t, dir, parts[1:]) {
					missing(t, "%s is not declared in %s ", l.Ref, dir)
				}
			default:
				t.Fatalf("link %q has no kind", l.Ref)
			}
		})
	}
}

// missing fails the test: a link points at nothing.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	t.Fatalf(format, args...)
}

// declares reports whether the package in dir declares path: a top-level
// name, or a type's field or method ("Config", "Bidirectional").
func declares(t *testing.T, dir string, path []string) bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if len(path) == 1 && d.Recv == nil && d.Name.Name == path[0] {
					return true
				}
				if len(path) == 2 && d.Recv != nil && d.Name.Name == path[1] && receiverName(d) == path[0] {
					return true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.Name != path[0] {
							continue
						}
						if len(path) == 1 {
							return true
						}
						if st, ok := s.Type.(*ast.StructType); ok && len(path) == 2 {
							for _, field := range st.Fields.List {
								for _, n := range field.Names {
									if n.Name == path[1] {
										return true
									}
								}
							}
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if len(path) == 1 && n.Name == path[0] {
								return true
							}
						}
					}
				}
			}
		}
	}
	return false
}

// receiverName is the type name of a method's receiver, without * or type
// parameters.
func receiverName(d *ast.FuncDecl) string {
	expr := d.Recv.List[0].Type
	if star, ok := expr.(*ast.StarExpr); ok {
		expr = star.X
	}
	switch e := expr.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

func TestDeclares(t *testing.T) {
	// This package is a tree we know.
	assert.True(t, declares(t, ".", []string{"Find"}))
	assert.True(t, declares(t, ".", []string{"Model"}))
	assert.True(t, declares(t, ".", []string{"Model", "Chalk"}))
	assert.True(t, declares(t, ".", []string{"Model", "ParadigmText"}))
	assert.True(t, declares(t, ".", []string{"DefaultWidth"}))
	assert.False(t, declares(t, ".", []string{"Model", "Nope"}))
	assert.False(t, declares(t, ".", []string{"Nope"}))
}
