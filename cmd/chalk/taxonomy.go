package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/chalk-ml/chalk/taxonomy"
)

func init() {
	commands = append(commands, command{
		name: "taxonomy",
		args: "[QUERY]",
		summary: "Show the ML model taxonomy, or the models matching QUERY.\n" +
			"QUERY is a model type, an example or an alias (\"lstm\", \"k-means\",\n" +
			"\"GPT\"), or a category (\"transformers\"). Matches are shown as cards\n" +
			"with the chalk code that implements them.",
		flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
			jsonOut := fs.Bool("json", false, "print JSON instead of text")
			markdown := fs.Bool("markdown", false, "print the table as Markdown")
			compare := fs.Bool("cnn-vs-rnn", false, "show the CNN-versus-RNN comparison")
			archs := fs.Bool("architectures", false, "show the RNN architecture kinds")
			return func(args []string, out io.Writer) error {
				return runTaxonomy(args, out, *jsonOut, *markdown, *compare, *archs)
			}
		},
	})
	tourParts = append(tourParts, tourPart{"taxonomy", "Where these models sit: the taxonomy", tourTaxonomy})
}

func runTaxonomy(args []string, out io.Writer, jsonOut, markdown, compare, archs bool) error {
	write := func(s string) error {
		if _, err := io.WriteString(out, s); err != nil {
			return &writeError{err}
		}
		return nil
	}
	switch {
	case compare && archs:
		return usageErrorf("taxonomy: choose one of -cnn-vs-rnn and -architectures")
	case (compare || archs) && len(args) > 0:
		return usageErrorf("taxonomy: -cnn-vs-rnn and -architectures show a whole table; they take no QUERY (got %q)", strings.Join(args, " "))
	case jsonOut && markdown:
		return usageErrorf("taxonomy: choose one of --json and --markdown")
	}
	switch {
	case compare:
		rows := taxonomy.CNNvsRNN()
		if jsonOut {
			return writeJSON(out, rows)
		}
		if markdown {
			return write(taxonomy.ComparisonMarkdown(rows))
		}
		return write(taxonomy.ComparisonTable(rows, termWidth))
	case archs:
		rows := taxonomy.Architectures()
		if jsonOut {
			return writeJSON(out, rows)
		}
		if markdown {
			return write(taxonomy.ArchitectureMarkdown(rows))
		}
		return write(taxonomy.ArchitectureTable(rows, termWidth))
	}
	models := taxonomy.Models()
	if len(args) > 0 {
		query := strings.Join(args, " ")
		models = taxonomy.Search(query)
		if len(models) == 0 {
			return usageErrorf("taxonomy: no model type matches %q; try a type (\"LSTM\"), an example (\"BERT\"), an alias (\"k-means\") or a category (\"transformers\")", query)
		}
	}
	if jsonOut {
		return writeJSON(out, models)
	}
	if markdown {
		return write(taxonomy.Markdown(models))
	}
	if len(args) > 0 && len(models) <= 3 {
		for i, m := range models {
			if i > 0 {
				if err := write("\n"); err != nil {
					return err
				}
			}
			if err := write(taxonomy.Describe(m, termWidth)); err != nil {
				return err
			}
		}
		return nil
	}
	return write(taxonomy.Table(models, termWidth))
}

func tourTaxonomy(w io.Writer) error {
	p := &printer{w: w}
	p.wrapped("chalk builds the recurrent family of the model taxonomy; the rest of the table places it among its neighbours:")
	p.f("\n")
	for _, c := range taxonomy.Categories() {
		var types []string
		for _, m := range taxonomy.ByCategory(c) {
			types = append(types, m.Type)
		}
		if p.err == nil {
			p.err = indent(w, fmt.Sprintf("  %-17s ", c), strings.Join(types, ", "))
		}
	}
	if m, ok := taxonomy.Find("lstm"); ok {
		p.f("\n%s", taxonomy.Describe(m, termWidth))
	}
	p.f("\nTry: chalk taxonomy        (all 21 model types)\n")
	p.f("     chalk taxonomy gpt    (look one up)\n")
	p.f("     chalk taxonomy -cnn-vs-rnn\n")
	return p.err
}
