package taxonomy

import (
	"encoding/json"
	"fmt"
	"strings"
)

// DataKind is the kind of data a model takes in. Like Paradigm it is a bit
// set: a model's InputKinds lists every kind its "ideal input" cell names
// (GANs take Noise|Image), and a query may ask for several kinds at once.
type DataKind uint16

// The single data kinds.
const (
	// Tabular is structured data: rows of numeric or categorical features.
	Tabular DataKind = 1 << iota
	// Text is natural-language text, as tokens or word counts.
	Text
	// Code is program source, a sequence of tokens like text.
	Code
	// TimeSeries is a sequence of measurements over time, including sensor
	// streams.
	TimeSeries
	// Audio is sound, as a waveform or a sequence of frames.
	Audio
	// Image is a 2-D grid of pixels, including medical scans.
	Image
	// Video is a sequence of image frames.
	Video
	// Noise is random vectors that a generative model turns into data.
	Noise
	// Environment is a world an agent observes and acts in, as in
	// reinforcement learning.
	Environment
	// Mixed is several media in one input (text with images and audio), as
	// a multimodal model takes.
	Mixed
)

// Groups of kinds that the table names as one.
const (
	// Sequential is ordered data read step by step: text, code, time
	// series and audio.
	Sequential = Text | Code | TimeSeries | Audio
	// Spatial is data on a grid where neighbours matter: images and video.
	Spatial = Image | Video
)

// dataKindNames are the names of the single kinds, in bit order.
var dataKindNames = []string{
	"tabular", "text", "code", "time series", "audio", "image", "video", "noise", "environment", "mixed",
}

// dataKindLookup maps normalised names, groups and common synonyms to bits.
var dataKindLookup = map[string]DataKind{
	"tabular":     Tabular,
	"structured":  Tabular,
	"table":       Tabular,
	"text":        Text,
	"code":        Code,
	"timeseries":  TimeSeries,
	"sensor":      TimeSeries,
	"audio":       Audio,
	"speech":      Audio,
	"image":       Image,
	"pixel":       Image,
	"video":       Video,
	"noise":       Noise,
	"environment": Environment,
	"mixed":       Mixed,
	"multimodal":  Mixed,
	"sequential":  Sequential,
	"sequence":    Sequential,
	"spatial":     Spatial,
}

// DataKinds lists the single data kinds in order.
func DataKinds() []DataKind {
	return splitFlags(Tabular | Text | Code | TimeSeries | Audio | Image | Video | Noise | Environment | Mixed)
}

// String joins the names of the kinds in k with "/", e.g. "image/noise";
// "none" for the empty set.
func (k DataKind) String() string { return flagString(k, "DataKind", dataKindNames) }

// Has reports whether k includes every kind in q. Has(0) is false.
func (k DataKind) Has(q DataKind) bool { return q != 0 && k&q == q }

// Split lists the single kinds in k, in constant order.
func (k DataKind) Split() []DataKind { return splitFlags(k) }

// ParseDataKind reads one data kind, or several joined by "/" or ",", such as
// "text/image". It also accepts the groups "sequential" and "spatial", plurals
// ("images") and synonyms ("structured", "sensors", "pixels", "speech").
// Case, spaces and hyphens are ignored. An unknown name is a *ParseError.
func ParseDataKind(s string) (DataKind, error) {
	want := append(append([]string{}, dataKindNames...), "sequential", "spatial")
	return parseFlags(s, "data kind", dataKindLookup, want)
}

// MarshalJSON encodes k as an array of names, e.g. ["image","noise"].
func (k DataKind) MarshalJSON() ([]byte, error) {
	return json.Marshal(flagNames(k, dataKindNames))
}

// UnmarshalJSON decodes the array written by MarshalJSON.
func (k *DataKind) UnmarshalJSON(data []byte) error {
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return fmt.Errorf("taxonomy: data kind must be a JSON array of names: %w", err)
	}
	if len(names) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseDataKind(strings.Join(names, "/"))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
