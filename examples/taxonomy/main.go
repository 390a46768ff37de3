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
	fmt.Fprintf(w, "  RNNs & Sequence:  %s\n", types(taxonomy.ByCategory(taxonomy.RNNs)))
	fmt.Fprintf(w, "  unsupervised:     %s\n", types(taxonomy.ByParadigm(taxonomy.Unsupervised)))
	fmt.Fprintf(w, "  self-supervised:  %s\n", types(taxonomy.ByParadigm(taxonomy.SelfSupervised)))

	fmt.Fprintln(w, "\n3. Which model types fit this data?")
	for _, q := range []struct {
		data     taxonomy.DataKind
		labelled bool
	}{{taxonomy.TimeSeries, true}, {taxonomy.Image, true}, {taxonomy.Tabular, false}} {
		label := "unlabelled"
		if q.labelled {
			label = "labelled"
		}
		fmt.Fprintf(w, "  %s %s: %s\n", label, q.data, types(taxonomy.Suggest(q.data, q.labelled)))
	}

	fmt.Fprintln(w, "\n4. Where chalk implements it")
	m, _ := taxonomy.Find("gru")
	fmt.Fprint(w, taxonomy.Describe(m, 80))

	fmt.Fprintln(w, "\n5. CNN versus RNN")
	fmt.Fprint(w, taxonomy.ComparisonTable(taxonomy.CNNvsRNN(), 80))
	return nil
}
