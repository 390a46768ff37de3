package taxonomy

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Paradigm is how a model learns: from labels, from the data itself, from
// nothing but the data's shape, from a rival network, or from a reward.
//
// A Paradigm is a bit set because the table combines them: the RNN rows are
// "supervised/self-supervised", which is Supervised|SelfSupervised. Its
// String joins the names with "/" in the order of the constants below.
type Paradigm uint8

// The single paradigms. Combine them with |.
const (
	// Supervised models learn a mapping from inputs to given labels.
	Supervised Paradigm = 1 << iota
	// SelfSupervised models make their labels from the data itself, such as
	// the next word or a masked word, so they need no human labelling.
	SelfSupervised
	// Unsupervised models find structure (clusters, directions, a latent
	// code) in data that has no labels at all.
	Unsupervised
	// Adversarial models train two networks against each other: a generator
	// that fakes data and a discriminator that tries to tell.
	Adversarial
	// TrialAndError is reinforcement learning: an agent acts, receives a
	// reward and learns to act for more reward. The table calls it
	// "trial-and-error reward".
	TrialAndError
)

// paradigmNames are the table's words for each bit, in bit order.
var paradigmNames = []string{
	"supervised", "self-supervised", "unsupervised", "adversarial", "trial-and-error reward",
}

// paradigmLookup maps normalised names, and a few common synonyms, to bits.
var paradigmLookup = map[string]Paradigm{
	"supervised":            Supervised,
	"selfsupervised":        SelfSupervised,
	"unsupervised":          Unsupervised,
	"adversarial":           Adversarial,
	"trialanderrorreward":   TrialAndError,
	"trialanderror":         TrialAndError,
	"reward":                TrialAndError,
	"reinforcement":         TrialAndError,
	"reinforcementlearning": TrialAndError,
	"rl":                    TrialAndError,
}

// Paradigms lists the single paradigms in order.
func Paradigms() []Paradigm {
	return []Paradigm{Supervised, SelfSupervised, Unsupervised, Adversarial, TrialAndError}
}

// String returns the paradigm as the table writes it, e.g. "supervised" or
// "supervised/self-supervised"; "none" for the empty set.
func (p Paradigm) String() string { return flagString(p, "Paradigm", paradigmNames) }

// Has reports whether p includes every paradigm in q, so
// (Supervised|SelfSupervised).Has(SelfSupervised) is true. Has(0) is false.
func (p Paradigm) Has(q Paradigm) bool { return q != 0 && p&q == q }

// Split lists the single paradigms in p, in constant order.
func (p Paradigm) Split() []Paradigm { return splitFlags(p) }

// ParseParadigm reads one paradigm name, or several joined by "/" or ",",
// such as "supervised/self-supervised". Case, spaces and hyphens are ignored,
// and "rl" or "reinforcement" mean TrialAndError. An unknown name is a
// *ParseError listing the valid ones.
func ParseParadigm(s string) (Paradigm, error) {
	return parseFlags(s, "paradigm", paradigmLookup, paradigmNames)
}

// MarshalJSON encodes p as an array of names, e.g.
// ["supervised","self-supervised"], so a program can test membership
// without splitting strings.
func (p Paradigm) MarshalJSON() ([]byte, error) {
	return json.Marshal(flagNames(p, paradigmNames))
}

// UnmarshalJSON decodes the array written by MarshalJSON.
func (p *Paradigm) UnmarshalJSON(data []byte) error {
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return fmt.Errorf("taxonomy: paradigm must be a JSON array of names: %w", err)
	}
	if len(names) == 0 {
		*p = 0
		return nil
	}
	v, err := ParseParadigm(strings.Join(names, "/"))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
