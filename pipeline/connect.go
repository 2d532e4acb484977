package pipeline

import (
	"crypto/tls"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
)

// ConnOptions configures a client connection. Every field is optional.
type ConnOptions struct {
	// Name identifies the client in server monitoring (e.g. "worker clean").
	Name string
	// CredsFile is a NATS credentials file (JWT and nkey seed), as made by
	// nsc or a NATS account operator.
	CredsFile string
	// NkeySeedFile is a file holding a user nkey seed (SU...).
	NkeySeedFile string
	// User and Password for user/password authentication.
	User     string
	Password string
	// Token for token authentication.
	Token string
	// TLSCA is a PEM file of CAs to trust for the server certificate.
	TLSCA string
	// TLSCert and TLSKey are the client certificate and key (mutual TLS).
	TLSCert string
	TLSKey  string
	// TLSInsecure skips server certificate verification (testing only).
	TLSInsecure bool
	// ReconnectWait is the first delay between reconnect attempts
	// (default 250ms); it doubles each attempt up to MaxReconnectWait
	// (default 5s), with jitter. Reconnection never gives up.
	ReconnectWait    time.Duration
	MaxReconnectWait time.Duration
	// RetryOnFailedConnect keeps trying when the first connect fails,
	// instead of returning an error (useful when the server starts later).
	RetryOnFailedConnect bool
	// ConnectTimeout bounds one connect attempt (default 5s).
	ConnectTimeout time.Duration
	// Logger receives disconnect, reconnect and async error events
	// (default: none).
	Logger *zap.Logger
}

// Connect connects to servers (a URL, or a comma-separated list for a
// cluster) with
// infinite reconnect and exponential backoff.
func Connect(servers string, o ConnOptions) (*nats.Conn, error) {
	log := o.Logger
	if log == nil {
		log = zap.NewNop()
	}
	wait, maxWait := o.ReconnectWait, o.MaxReconnectWait
	if wait <= 0 {
		wait = 250 * time.Millisecond
	}
	if maxWait <= 0 {
		maxWait = 5 * time.Second
	}
	if maxWait < wait {
		maxWait = wait
	}
	timeout := o.ConnectTimeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	opts := []nats.Option{
		nats.MaxReconnects(-1),
		nats.Timeout(timeout),
		// A generous buffer keeps publishes made during a short outage.
		nats.ReconnectBufSize(32 << 20),
		nats.CustomReconnectDelay(func(attempts int) time.Duration {
			d := wait
			for i := 1; i < attempts && d < maxWait; i++ {
				d *= 2
			}
			d = min(d, maxWait)
			// Jitter spreads the reconnects of many workers after an outage.
			return d/2 + rand.N(d/2+1)
		}),
		nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
			log.Warn("nats disconnected", zap.String("server", nc.ConnectedUrlRedacted()), zap.Error(err))
		}),
		nats.ReconnectErrHandler(func(nc *nats.Conn, err error) {
			// Otherwise a refused dial is only seen as a timeout later.
			log.Warn("nats connect attempt failed", zap.Error(err))
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("nats reconnected", zap.String("server", nc.ConnectedUrlRedacted()))
		}),
		nats.ClosedHandler(func(nc *nats.Conn) {
			log.Info("nats connection closed", zap.Error(nc.LastError()))
		}),
		nats.ErrorHandler(func(_ *nats.Conn, sub *nats.Subscription, err error) {
			subj := ""
			if sub != nil {
				subj = sub.Subject
			}
			log.Error("nats async error", zap.String("subject", subj), zap.Error(err))
		}),
	}
	if o.RetryOnFailedConnect {
		opts = append(opts, nats.RetryOnFailedConnect(true))
	}
	if o.Name != "" {
		opts = append(opts, nats.Name(o.Name))
	}
	if o.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(o.CredsFile))
	}
	if o.NkeySeedFile != "" {
		nk, err := nats.NkeyOptionFromSeed(o.NkeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("pipeline: nkey seed %s: %w", o.NkeySeedFile, err)
		}
		opts = append(opts, nk)
	}
	if o.User != "" || o.Password != "" {
		opts = append(opts, nats.UserInfo(o.User, o.Password))
	}
	if o.Token != "" {
		opts = append(opts, nats.Token(o.Token))
	}
	// Secure replaces the TLS config, so it goes before the options that
	// add CAs and certificates to it.
	if o.TLSInsecure {
		opts = append(opts, nats.Secure(&tls.Config{InsecureSkipVerify: true}))
	}
	if o.TLSCA != "" {
		opts = append(opts, nats.RootCAs(o.TLSCA))
	}
	if o.TLSCert != "" || o.TLSKey != "" {
		opts = append(opts, nats.ClientCert(o.TLSCert, o.TLSKey))
	}
	nc, err := nats.Connect(servers, opts...)
	if err != nil {
		return nil, fmt.Errorf("pipeline: connect %s: %w", RedactURL(servers), err)
	}
	return nc, nil
}

// RedactURL hides the passwords and tokens of a (comma-separated) server
// URL list, for logs and errors.
func RedactURL(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		u, err := url.Parse(strings.TrimSpace(p))
		if err != nil || u.User == nil {
			continue
		}
		if _, hasPass := u.User.Password(); !hasPass {
			// A lone user part is a token.
			u.User = url.User("redacted")
		}
		parts[i] = u.Redacted()
	}
	return strings.Join(parts, ",")
}
