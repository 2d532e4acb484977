package pipeline

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"go.uber.org/zap"
)

// EmbeddedOptions configures the in-process NATS server.
type EmbeddedOptions struct {
	// Host to listen on (default 127.0.0.1: reachable by other processes
	// on this machine only).
	Host string
	// Port to listen on; 0 or -1 picks a random free port.
	Port int
	// FallbackToRandomPort listens on a random free port when Port is
	// taken, instead of failing (the CLI asks for 4222 and falls back).
	FallbackToRandomPort bool
	// DataDir holds the JetStream file storage (default ./data).
	DataDir string
	// ServerName names the server in logs and cluster info (default
	// "wirestream").
	ServerName string
	// MaxMemory and MaxStore bound JetStream memory and file storage in
	// bytes; 0 lets the server choose from the machine's resources.
	MaxMemory int64
	MaxStore  int64
	// MonitorPort serves the NATS monitoring endpoints (/varz, /jsz) on
	// Host; 0 disables them.
	MonitorPort int
	// ReadyTimeout bounds the wait for the server to accept connections
	// (default 10s).
	ReadyTimeout time.Duration
	// Logger receives the server's log (default: no log). Server debug and
	// trace lines are logged only when the logger has debug enabled.
	Logger *zap.Logger
	// Server, when set, is the base of the server options, for settings
	// this struct does not name (authorization: Username/Password,
	// Authorization token, Nkeys, Users; TLS; clustering). The fields
	// above still override Host, Port, JetStream and StoreDir. It is
	// copied, not modified.
	Server *server.Options
}

// Embedded is a running in-process NATS server with JetStream.
type Embedded struct {
	Server *server.Server
	url    string
}

// StartEmbedded starts the server and waits until it accepts connections.
func StartEmbedded(opts EmbeddedOptions) (*Embedded, error) {
	so := &server.Options{}
	if opts.Server != nil {
		c := *opts.Server
		so = &c
	}
	so.Host = opts.Host
	if so.Host == "" {
		so.Host = "127.0.0.1"
	}
	so.Port = opts.Port
	if so.Port == 0 || so.Port < -1 {
		so.Port = server.RANDOM_PORT
	}
	if so.Port > 0 && !portFree(so.Host, so.Port) {
		if !opts.FallbackToRandomPort {
			return nil, fmt.Errorf("pipeline: embedded server: %s:%d is in use", so.Host, so.Port)
		}
		so.Port = server.RANDOM_PORT
	}
	if opts.MonitorPort != 0 {
		so.HTTPHost = so.Host
		so.HTTPPort = opts.MonitorPort
	}
	so.ServerName = opts.ServerName
	if so.ServerName == "" {
		so.ServerName = "wirestream"
	}
	dir := opts.DataDir
	if dir == "" {
		dir = "./data"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("pipeline: data dir %s: %w", dir, err)
	}
	so.JetStream = true
	so.StoreDir = abs
	if opts.MaxMemory > 0 {
		so.JetStreamMaxMemory = opts.MaxMemory
	}
	if opts.MaxStore > 0 {
		so.JetStreamMaxStore = opts.MaxStore
	}
	// The program that embeds the server owns the signals (graceful
	// drain on SIGTERM); the server must not exit on them by itself.
	so.NoSigs = true
	so.NoLog = opts.Logger == nil

	s, err := server.NewServer(so)
	if err != nil {
		return nil, fmt.Errorf("pipeline: embedded server: %w", err)
	}
	if opts.Logger != nil {
		debug := opts.Logger.Core().Enabled(zap.DebugLevel)
		s.SetLoggerV2(zapServerLogger{opts.Logger.Named("nats-server").Sugar()}, debug, false, false)
	}
	s.Start()
	wait := opts.ReadyTimeout
	if wait <= 0 {
		wait = 10 * time.Second
	}
	if !s.ReadyForConnections(wait) {
		s.Shutdown()
		return nil, errors.New("pipeline: embedded server not ready in " + wait.String())
	}
	return &Embedded{Server: s, url: s.ClientURL()}, nil
}

// ClientURL is the URL clients connect to, e.g. nats://127.0.0.1:4222.
func (e *Embedded) ClientURL() string { return e.url }

// Port is the client port the server listens on.
func (e *Embedded) Port() int {
	if a, ok := e.Server.Addr().(*net.TCPAddr); ok {
		return a.Port
	}
	return 0
}

// Shutdown stops the server; stored streams stay in the data dir.
func (e *Embedded) Shutdown() { e.Server.Shutdown() }

// WaitForShutdown blocks until the server has shut down.
func (e *Embedded) WaitForShutdown() { e.Server.WaitForShutdown() }

func portFree(host string, port int) bool {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// zapServerLogger adapts zap to the nats-server logger interface.
type zapServerLogger struct{ l *zap.SugaredLogger }

func (z zapServerLogger) Noticef(f string, v ...any) { z.l.Infof(f, v...) }
func (z zapServerLogger) Warnf(f string, v ...any)   { z.l.Warnf(f, v...) }

// Fatalf logs at error level: exiting is the embedding program's decision.
func (z zapServerLogger) Fatalf(f string, v ...any) { z.l.Errorf(f, v...) }
func (z zapServerLogger) Errorf(f string, v ...any) { z.l.Errorf(f, v...) }
func (z zapServerLogger) Debugf(f string, v ...any) { z.l.Debugf(f, v...) }
func (z zapServerLogger) Tracef(f string, v ...any) { z.l.Debugf(f, v...) }
