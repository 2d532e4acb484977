//go:build !unix

package quotes

func cpuNanos() int64 { return 0 }
