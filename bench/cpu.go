package bench

import "syscall"

// cpuNanos is the process's CPU time so far (user and system, GC and an
// embedded server included): on a shared machine the wall time of a
// measurement counts the neighbours too, its CPU time only this process.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
