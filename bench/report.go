package bench

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the machine facts, the table and the ratios.
func (r *Report) WriteTable(w io.Writer) {
	m := r.Machine
	fmt.Fprintf(w, "machine: %d cores, GOMAXPROCS %d, %s, CPU %q\n", m.Cores, m.GOMAXPROCS, m.GoVersion, m.CPU)
	fmt.Fprintf(w, "load average (1 5 15 min): %s at start, %s at end\n\n", m.LoadStart, m.LoadEnd)
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "section\twhat\tinput\tworkers\tart/s\tMB/s\tµs/art\tcodec µs\tstage µs\tallocs/art\tcpu µs\tp50 ms\tp95 ms\tp99 ms\truns\tnote\t")
	for _, row := range r.Rows {
		wk := "-"
		if row.Workers > 0 {
			wk = fmt.Sprint(row.Workers)
		}
		note := row.Note
		if !math.IsNaN(row.V[MOffered]) {
			note = strings.TrimSpace(fmt.Sprintf("offered %.1f/s %s", row.V[MOffered], note))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t\n",
			row.Section, row.Name, row.Input, wk,
			num(row.V[MRate], 0), num(row.V[MMBps], 2), num(row.V[MUs], 1),
			num(row.V[MUsCodec], 1), num(row.V[MUsStage], 1), num(row.V[MAllocs], 0), num(row.V[MCPUUs], 1),
			num(row.V[MP50], 1), num(row.V[MP95], 1), num(row.V[MP99], 1), row.Runs, note)
	}
	_ = tw.Flush()
	if ratios := r.Ratios(); len(ratios) > 0 {
		fmt.Fprintf(w, "\nratios (targets of issue 7 in brackets):\n")
		for _, l := range ratios {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "error: %s\n", e)
	}
}

func num(v float64, prec int) string {
	if math.IsNaN(v) {
		return "-"
	}
	return fmt.Sprintf("%.*f", prec, v)
}

// find returns the row with this section, name prefix, input and workers.
func (r *Report) find(section, name, input string, workers int) (Row, bool) {
	for _, row := range r.Rows {
		if row.Section == section && strings.HasPrefix(row.Name, name) && (input == "" || row.Input == input) && row.Workers == workers {
			return row, true
		}
	}
	return Row{}, false
}

// Ratios are the comparisons the issue sets targets for, one line each.
func (r *Report) Ratios() []string {
	var out []string
	var inputs []string
	workers := map[int]bool{}
	seen := map[string]bool{}
	for _, row := range r.Rows {
		if row.Section == "stage alone" && !seen[row.Input] {
			seen[row.Input] = true
			inputs = append(inputs, row.Input)
		}
		if row.Workers > 0 {
			workers[row.Workers] = true
		}
	}
	ws := []int{}
	for w := 1; w <= 64; w++ {
		if workers[w] {
			ws = append(ws, w)
		}
	}
	for _, w := range ws {
		nop, okN := r.find("transport", "do-nothing hop (Runner)", "", w)
		syn, okS := r.find("transport", "do-nothing hop, sync publish", "", w)
		if okN && okS {
			out = append(out, fmt.Sprintf("w=%d do-nothing hop ÷ sync-publish hop: %.2f  [a stand-in; the target is the Watermill line]", w, nop.V[MRate]/syn.V[MRate]))
		}
		if wm, ok := r.find("transport", "do-nothing hop, Watermill", "", w); ok && okN {
			out = append(out, fmt.Sprintf("w=%d do-nothing hop (Runner) ÷ Watermill's: %.2f  [≥ 1.5]", w, nop.V[MRate]/wm.V[MRate]))
		}
		for _, in := range inputs {
			e2e, okE := r.find("end to end", "full speed", in, w)
			if okE && okN {
				out = append(out, fmt.Sprintf("w=%d %s: end to end ÷ (ceiling ÷ 4 hops): %.2f  [text ≥ 0.25]", w, in, e2e.V[MRate]/(nop.V[MRate]/4)))
			}
			clean, okC := r.find("stage alone", "clean", in, w)
			if okE && okC {
				out = append(out, fmt.Sprintf("w=%d %s: end to end ÷ clean alone: %.2f  [HTML ≥ 0.5]", w, in, e2e.V[MRate]/clean.V[MRate]))
			}
			if half, ok := r.find("end to end", "half max rate", in, w); ok {
				out = append(out, fmt.Sprintf("w=%d %s: p99 at half the max rate: %.1f ms  [< 50 ms]", w, in, half.V[MP99]))
			}
		}
	}
	for _, in := range inputs {
		for _, row := range r.Rows {
			if row.Section != "stage alone" || row.Input != in || row.Workers != 1 || strings.HasPrefix(row.Name, "json codec") {
				continue
			}
			out = append(out, fmt.Sprintf("%s %s: stage ÷ its JSON codec cost: %.2f  [segment, quotes ≤ 2]", in, row.Name, row.V[MUsStage]/row.V[MUsCodec]))
			if whole, ok := r.find("stage alone", wholeCodecName(row.Name), in, 1); ok {
				out = append(out, fmt.Sprintf("%s %s: stage ÷ whole-article segmentio codec: %.2f  [≤ 2 against the codec cost the issues state, ≈ 70 µs per 4 KiB]", in, row.Name, row.V[MUsStage]/whole.V[MUsCodec]))
			}
		}
	}
	return out
}
