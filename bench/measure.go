package bench

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Result is one variant's measurement on one case.
type Result struct {
	Case     string  `json:"case"`
	Kind     Kind    `json:"kind"`
	N        int     `json:"n,omitempty"`
	Variant  string  `json:"variant"`
	NsPerOp  float64 `json:"ns_per_op"`
	GFLOPS   float64 `json:"gflops"`
	BytesOp  int64   `json:"bytes_per_op"`
	AllocsOp int64   `json:"allocs_per_op"`
}

// Measure times v on c with testing.Benchmark (about a second, or as set
// by -test.benchtime) and reports GFLOPS and allocations per product.
func Measure(c Case, v Variant) (Result, error) {
	run, err := v.Prepare(c)
	if err != nil {
		return Result{}, fmt.Errorf("bench: preparing %s on %s: %w", v.Name, c.Name, err)
	}
	if err := run(); err != nil { // warm up, and fail early
		return Result{}, fmt.Errorf("bench: %s on %s: %w", v.Name, c.Name, err)
	}
	var runErr error
	r := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := run(); err != nil {
				runErr = err
				b.FailNow()
			}
		}
	})
	if runErr != nil {
		return Result{}, fmt.Errorf("bench: %s on %s: %w", v.Name, c.Name, runErr)
	}
	ns := float64(r.T.Nanoseconds()) / float64(max(r.N, 1))
	return Result{Case: c.Name, Kind: c.Kind, N: c.N, Variant: v.Name, NsPerOp: ns,
		GFLOPS: c.Flops / ns, BytesOp: r.AllocedBytesPerOp(), AllocsOp: r.AllocsPerOp()}, nil
}

// Machine describes the computer and software a report was measured on.
func Machine() string {
	cpu := "unknown CPU"
	if raw, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(line, "model name") {
				if _, v, ok := strings.Cut(line, ":"); ok {
					cpu = strings.TrimSpace(v)
					break
				}
			}
		}
	}
	return fmt.Sprintf("%s, %d logical CPUs, %s/%s, %s, %s", cpu, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		runtime.Version(), time.Now().UTC().Format("2006-01-02"))
}
