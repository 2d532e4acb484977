//go:build unix

package quotes

import "syscall"

// cpuNanos is the process's user+system CPU time: on a machine shared with
// other work, wall time per op swings with the load, CPU time much less.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
