package taxonomy

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// widths every layout is checked at; 0 means DefaultWidth.
var testWidths = []int{0, 24, 32, 40, 50, 60, 72, 80, 100, 132}

// requireFits fails if any line of out is wider than width.
func requireFits(t *testing.T, out string, width int) {
	t.Helper()
	if width <= 0 {
		width = DefaultWidth
	}
	for i, line := range strings.Split(out, "\n") {
		require.LessOrEqual(t, runeLen(line), width, "line %d is too wide:\n%s", i+1, line)
		require.Equal(t, strings.TrimRight(line, " "), line, "line %d has trailing spaces", i+1)
	}
}

// squash removes all white space, so text can be compared however it was
// wrapped.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// parseGrid reads a rendered grid back into its cells: the rule line gives
// the column spans, blank lines separate wrapped rows, and lines in skip
// (group headings) are ignored. Each cell is returned squashed. It lets a
// test check that wrapping lost and reordered nothing.
func parseGrid(t *testing.T, out string, nrows int, skip []string) [][]string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	ruleAt := slices.IndexFunc(lines, func(l string) bool { return strings.Trim(l, "- ") == "" && l != "" })
	require.GreaterOrEqual(t, ruleAt, 1, "no rule line under the header:\n%s", out)
	rule := lines[ruleAt]
	lines = lines[ruleAt-1:] // so that lines[2:] are the body, as for a one-line header
	var spans [][2]int
	for start := 0; start < len(rule); {
		end := strings.IndexByte(rule[start:], ' ')
		if end < 0 {
			end = len(rule)
		} else {
			end += start
		}
		spans = append(spans, [2]int{start, end})
		start = end + colGap
	}
	var blocks [][]string
	var cur []string
	for _, l := range lines[2:] {
		switch {
		case l == "":
			if cur != nil {
				blocks = append(blocks, cur)
			}
			cur = nil
		case slices.Contains(skip, l):
		default:
			cur = append(cur, l)
		}
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}
	if len(blocks) != nrows { // not wrapped: one line per row
		blocks = nil
		for _, l := range lines[2:] {
			if l != "" && !slices.Contains(skip, l) {
				blocks = append(blocks, []string{l})
			}
		}
	}
	require.Len(t, blocks, nrows, out)
	rows := make([][]string, nrows)
	for r, block := range blocks {
		rows[r] = make([]string, len(spans))
		for _, l := range block {
			for c, sp := range spans {
				if sp[0] >= len(l) {
					continue
				}
				end := sp[1]
				if c == len(spans)-1 || end > len(l) {
					end = len(l)
				}
				rows[r][c] += strings.TrimSpace(l[sp[0]:end])
			}
		}
	}
	return squashAll(rows)
}

// squashAll squashes every cell.
func squashAll(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for j, c := range r {
			out[i][j] = squash(c)
		}
	}
	return out
}

func TestTableFitsAndKeepsEveryWord(t *testing.T) {
	for _, w := range testWidths {
		out := Table(Models(), w)
		requireFits(t, out, w)
		var want [][]string
		var headings []string
		for _, m := range Models() {
			want = append(want, []string{m.Type, m.Purpose, m.Input, m.ParadigmText(), strings.Join(m.Examples, ", ")})
			assert.Contains(t, out, "== "+m.Category.String()+" ==\n", "width %d", w)
			headings = append(headings, "== "+m.Category.String()+" ==")
		}
		if !strings.HasPrefix(out, "TYPE") { // records, checked in TestTableNarrowFallsBackToRecords
			require.Less(t, w, 80, "an 80-column terminal should get the table")
			require.Positive(t, w)
			assert.Contains(t, out, "\nPolicy-Based RL\n  purpose   ")
			continue
		}
		assert.Equal(t, squashAll(want), parseGrid(t, out, len(want), headings), "width %d", w)
	}
}

func TestTableAt80(t *testing.T) {
	out := Table(Models(), 80)
	lines := strings.Split(out, "\n")
	assert.Regexp(t, `^TYPE +PURPOSE +INPUT +PARADIGM +EXAMPLES$`, lines[0])
	assert.Regexp(t, `^-+  -+  -+  -+  -+$`, lines[1])
	for _, c := range Categories() {
		assert.Contains(t, lines, "== "+c.String()+" ==", "category heading")
	}
	assert.Contains(t, out, "\nLinear Models   assumes linear")
	assert.Contains(t, out, "supervised/")
	assert.Contains(t, out, "self-supervised")
	assert.Equal(t, 80, runeLen(lines[1]), "the table should use the width it is given")
}

func TestTableWideIsOneLinePerModel(t *testing.T) {
	out := Table(Models(), 400)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	// header, rule, and per category a blank line and a heading.
	assert.Len(t, lines, 2+2*len(Categories())+len(Models()))
	assert.Contains(t, out, "Linear Models      assumes linear relationships between features  structured/tabular (numbers)")
}

func TestTableNarrowFallsBackToRecords(t *testing.T) {
	out := Table(ByCategory(Reinforcement), 24)
	assert.Equal(t, `== Reinforcement ==
Value-Based RL
  purpose   finds
            actions by
            calculating
            future
            rewards
  input     environment
            states,
            pixels
  paradigm  trial-and-
            error reward
  examples  Deep
            Q-Networks
            (DQN)

Policy-Based RL
  purpose   directly
            learns
            behaviours
  input     environment
            states,
            pixels
  paradigm  trial-and-
            error reward
  examples  REINFORCE,
            PPO, A3C
`, out)
}

func TestTableEmpty(t *testing.T) {
	assert.Equal(t, "TYPE  PURPOSE  INPUT  PARADIGM  EXAMPLES\n----  -------  -----  --------  --------\n", Table(nil, 80))
}

func TestComparisonTable(t *testing.T) {
	for _, w := range testWidths {
		out := ComparisonTable(CNNvsRNN(), w)
		requireFits(t, out, w)
		if !strings.HasPrefix(out, "ASPECT") {
			require.Less(t, w, 60, "a 60-column terminal should get the table")
			require.Positive(t, w)
			assert.Contains(t, out, "\nTraining speed\n  cnn  ")
			continue
		}
		var want [][]string
		for _, r := range CNNvsRNN() {
			want = append(want, []string{r.Aspect, r.CNN, r.RNN})
		}
		assert.Equal(t, squashAll(want), parseGrid(t, out, len(want), nil), "width %d", w)
	}
	out := ComparisonTable(CNNvsRNN(), 80)
	assert.Regexp(t, `^ASPECT +CNN +RNN\n`, out)
	assert.Contains(t, out, "Primary data  Spatial grids: images, video")
}

func TestArchitectureTable(t *testing.T) {
	for _, w := range testWidths {
		out := ArchitectureTable(Architectures(), w)
		requireFits(t, out, w)
		if !strings.HasPrefix(out, "ARCHITECTURE") {
			require.Less(t, w, 60, "a 60-column terminal should get the table")
			require.Positive(t, w)
			assert.Contains(t, out, "\nBidirectional\nT -> T, 2H features\n  how it works  ")
			continue
		}
		var want [][]string
		for _, a := range Architectures() {
			want = append(want, []string{a.Name + a.Shape, a.Description, lineLinks(a.Chalk)})
		}
		assert.Equal(t, squashAll(want), parseGrid(t, out, len(want), nil), "width %d", w)
	}
	out := ArchitectureTable(Architectures(), 80)
	assert.Regexp(t, `^ARCHITECTURE +HOW IT WORKS +IN CHALK\n`, out)
	assert.Contains(t, out, "\nMany-to-one ")
	assert.Contains(t, out, "\nT -> 1 ")
	assert.Contains(t, out, "examples/adding-problem\n")
}

func TestDescribe(t *testing.T) {
	m, ok := Find("lstm")
	require.True(t, ok)
	assert.Equal(t, `LSTM (RNNs & Sequence)
  purpose   retains long-term context using gating
  input     sequential (text, audio, sensors)
  paradigm  supervised/self-supervised
  examples  Standard LSTM, BiLSTM
  aliases   long short-term memory, bidirectional LSTM, Bi-LSTM, LSTM network
  chalk     rnn.LSTM
            rnn.LSTMCell
            examples/lstm-gates
  run       go run ./examples/lstm-gates
`, Describe(m, 80))

	for _, m := range Models() {
		for _, w := range testWidths {
			out := Describe(m, w)
			requireFits(t, out, w)
			assert.Equal(t, len(m.Chalk) > 0, strings.Contains(out, "  chalk"), m.Type)
		}
	}
}

func TestMarkdown(t *testing.T) {
	out := Markdown(Models())
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 2+len(Models()))
	assert.Equal(t, "| Category | Model type | Purpose | Input | Paradigm | Examples | In chalk |", lines[0])
	assert.Equal(t, "|---|---|---|---|---|---|---|", lines[1])
	assert.Equal(t, "| RNNs & Sequence | LSTM | retains long-term context using gating | "+
		"sequential (text, audio, sensors) | supervised/self-supervised | Standard LSTM, BiLSTM | "+
		"`rnn.LSTM`, `rnn.LSTMCell`, `examples/lstm-gates` |", lines[2+7])
	assert.Equal(t, "| Generative AI | Diffusion Models | generates media by removing noise iteratively | "+
		"text prompts, random noise | supervised (latent) | Stable Diffusion, Midjourney, Sora |  |", lines[2+16])
	for _, l := range lines {
		assert.Equal(t, 8, strings.Count(l, "|")-strings.Count(l, `\|`), l)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	out := markdownTable([]string{"a", "b"}, [][]string{{"x|y", "line\nbreak"}})
	assert.Equal(t, "| a | b |\n|---|---|\n| x\\|y | line<br>break |\n", out)
}

func TestComparisonAndArchitectureMarkdown(t *testing.T) {
	out := ComparisonMarkdown(CNNvsRNN())
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 2+6)
	assert.Equal(t, "| Aspect | CNN | RNN |", lines[0])
	assert.True(t, strings.HasPrefix(lines[7], "| Training speed | Fast: "))

	out = ArchitectureMarkdown(Architectures())
	lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 2+8)
	assert.Equal(t, "| Architecture | Family | Shape | How it works | Used for | In chalk |", lines[0])
	assert.True(t, strings.HasPrefix(lines[2], "| One-to-one | sequence mode | `1 -> 1` | "))
	assert.True(t, strings.HasSuffix(lines[9], "| `rnn.Config.Bidirectional` |"))
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		{"assumes linear relationships", 14, []string{"assumes linear", "relationships"}},
		{"supervised/self-supervised", 16, []string{"supervised/self-", "supervised"}},
		{"supervised/self-supervised", 15, []string{"supervised/", "self-supervised"}},
		{"autoregressively", 10, []string{"autoregres", "sively"}},
		{"a\nb c", 5, []string{"a", "b c"}},
		{"", 5, []string{""}},
		{"word", 0, []string{"w", "o", "r", "d"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wrap(tt.in, tt.w), "%q at %d", tt.in, tt.w)
	}
	lines, soft, hard := wrapCounting("supervised/self-supervised autoregressively", 10)
	assert.Equal(t, []string{"supervised", "/self-", "supervised", "autoregres", "sively"}, lines)
	assert.Equal(t, 1, soft)
	assert.Equal(t, 2, hard)
}
