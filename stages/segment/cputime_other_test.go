//go:build !unix

package segment

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
