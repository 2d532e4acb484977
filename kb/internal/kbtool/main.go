// Command kbtool builds a KB file and reports what opening it costs, until
// `worker kb build` wires kb.BuildFile:
//
//	go run ./kb/internal/kbtool build -o /tmp/shared.kb ../shared/kb
//	go run ./kb/internal/kbtool stat /tmp/shared.kb
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/wirestream/wirestream/kb"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kbtool build -o OUT INPUT... | kbtool stat KB...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "build":
		fs := flag.NewFlagSet("build", flag.ExitOnError)
		out := fs.String("o", "kb.bin", "output file")
		fs.Parse(os.Args[2:])
		t0 := time.Now()
		err := kb.BuildFile(context.Background(), fs.Args(), *out, func(n int64) {
			fmt.Fprintf(os.Stderr, "\r%d MiB read", n>>20)
		})
		fmt.Fprintln(os.Stderr)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		st, _ := os.Stat(*out)
		fmt.Printf("built %s: %.1f MiB in %v\n", *out, float64(st.Size())/(1<<20), time.Since(t0).Round(time.Millisecond))
	case "stat":
		rss0 := rss()
		t0 := time.Now()
		k, err := kb.Open(os.Args[2:]...)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		load := time.Since(t0)
		runtime.GC()
		fmt.Printf("opened %d layers, %d entities in %v; resident memory %+d MiB (VmRSS %d MiB)\n",
			k.Layers(), k.Len(), load.Round(time.Millisecond), (rss()-rss0)>>10, rss()>>10)
		t1 := time.Now()
		n := 0
		for i := 0; i < 100000; i++ {
			n += len(k.Lookup("moscow"))
		}
		fmt.Printf("Lookup(moscow): %v per call\n", time.Since(t1)/100000)
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}

// rss is the resident set size in KiB, from /proc (0 elsewhere).
func rss() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			var n int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmRSS:"), "kB")), &n)
			return n
		}
	}
	return 0
}
