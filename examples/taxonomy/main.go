// Command taxonomy queries chalk's machine-learning model taxonomy: look a
// model up by any name, filter by category, paradigm or data, ask which
// model types fit your data, and see where chalk implements each.
//
//	go run ./examples/taxonomy
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chalk-ml/chalk/taxonomy"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "taxonomy:", err)
		os.Exit(1)
	}
}

func types(ms []taxonomy.Model) string {
	var names []string
	for _, m := range ms {
		names = append(names, m.Type)
	}
	return strings.Join(names, ", ")
}

// list prints label and the models' types, wrapped to 80 columns with the
// continuation lines under the first type.
func list(w io.Writer, label string, ms []taxonomy.Model) {
	pad := strings.Repeat(" ", len(label))
	line := label
	for i, m := range ms {
		item := m.Type
		if i < len(ms)-1 {
			item += ","
		}
		if line != label && len(line)+1+len(item) > 80 {
			fmt.Fprintln(w, line)
			line = pad
		}
		if line != label && line != pad {
			line += " "
		}
		line += item
	}
	fmt.Fprintln(w, line)
}

func run(w io.Writer) error {
	fmt.Fprintln(w, "1. Find a model by any of its names")
	for _, q := range []string{"Long Short-Term Memory", "random forest", "k-means", "GPT-4", "Elman", "CNN"} {
		m, ok := taxonomy.Find(q)
		if !ok {
			return fmt.Errorf("no model for %q", q)
		}
		fmt.Fprintf(w, "  %-24q → %s (%s)\n", q, m.Type, m.Category)
	}

	fmt.Fprintln(w, "\n2. Filter with typed constants")
	list(w, "  RNNs & Sequence:  ", taxonomy.ByCategory(taxonomy.RNNs))
	list(w, "  unsupervised:     ", taxonomy.ByParadigm(taxonomy.Unsupervised))
	list(w, "  self-supervised:  ", taxonomy.ByParadigm(taxonomy.SelfSupervised))

	fmt.Fprintln(w, "\n3. Which model types fit this data?")
	for _, q := range []struct {
		data     taxonomy.DataKind
		labelled bool
	}{{taxonomy.TimeSeries, true}, {taxonomy.Image, true}, {taxonomy.Tabular, false}} {
		label := "unlabelled"
		if q.labelled {
			label = "labelled"
		}
		list(w, fmt.Sprintf("  %s %s: ", label, q.data), taxonomy.Suggest(q.data, q.labelled))
	}

	fmt.Fprintln(w, "\n4. Where chalk implements it")
	m, _ := taxonomy.Find("gru")
	fmt.Fprint(w, taxonomy.Describe(m, 80))

	fmt.Fprintln(w, "\n5. CNN versus RNN")
	fmt.Fprint(w, taxonomy.ComparisonTable(taxonomy.CNNvsRNN(), 80))
	return nil
}
