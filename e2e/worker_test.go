package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wirestream/wirestream/internal/shared"
)

var build struct {
	sync.Once
	dir, bin string
	err      error
}

// workerBinary builds cmd/worker once per test run.
func workerBinary(t testing.TB) string {
	t.Helper()
	root := shared.Root(t)
	build.Do(func() {
		build.dir, build.err = os.MkdirTemp("", "wirestream-e2e-")
		if build.err != nil {
			return
		}
		build.bin = filepath.Join(build.dir, "worker")
		cmd := exec.Command("go", "build", "-o", build.bin, "./cmd/worker")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			build.err = fmt.Errorf("go build ./cmd/worker: %v\n%s", err, out)
		}
	})
	if build.err != nil {
		t.Fatal(build.err)
	}
	return build.bin
}

func cleanupBuild() {
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
}

// proc is a worker process.
type proc struct {
	cmd    *exec.Cmd
	stderr *bytes.Buffer
	mu     sync.Mutex
	exited chan struct{}
	err    error
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// startWorker runs `worker args...`; the test kills it if still running at
// the end.
func startWorker(t testing.TB, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{stderr: new(bytes.Buffer), exited: make(chan struct{})}
	p.cmd = exec.Command(bin, args...)
	p.cmd.Stdout = io.Discard
	p.cmd.Stderr = lockedWriter{&p.mu, p.stderr}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = p.cmd.Wait(); close(p.exited) }()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

// log is the process's stderr so far.
func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill(t testing.TB) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("SIGKILL: %v", err)
	}
	select {
	case <-p.exited:
	case <-time.After(10 * time.Second):
		t.Fatal("worker still running 10s after SIGKILL")
	}
}

// terminate sends SIGTERM and waits for a clean exit.
func (p *proc) terminate(t testing.TB) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	select {
	case <-p.exited:
		if p.err != nil {
			t.Errorf("worker exited with %v after SIGTERM; log:\n%s", p.err, tail(p.log(), 3000))
		}
	case <-time.After(60 * time.Second):
		t.Fatal("worker still running 60s after SIGTERM")
	}
}

// running reports whether the process has not exited.
func (p *proc) running() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// httpStatus GETs url and returns the status code, 0 when unreachable.
func httpStatus(url string) int {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
