package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/jwt/v2"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nkeys"

	"github.com/wirestream/wirestream/pipeline"
)

// authCase is a server that requires one kind of credentials, the options
// of a client that has them, and clients that must be refused.
type authCase struct {
	name    string
	server  *server.Options
	good    pipeline.ConnOptions
	refused map[string]pipeline.ConnOptions
}

func authCases(t *testing.T) []authCase {
	dir := t.TempDir()
	none := pipeline.ConnOptions{}

	userKP, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	userPub, _ := userKP.PublicKey()
	userSeed, _ := userKP.Seed()
	seedFile := writeFile(t, dir, "user.nk", userSeed)
	otherKP, _ := nkeys.CreateUser()
	otherSeed, _ := otherKP.Seed()
	otherSeedFile := writeFile(t, dir, "other.nk", otherSeed)

	p := newPKI(t)
	tlsCfg, err := server.GenTLSConfig(&server.TLSConfigOpts{
		CertFile: p.ServerCert, KeyFile: p.ServerKey, CaFile: p.CA, Verify: true,
	})
	if err != nil {
		t.Fatal(err)
	}

	creds, operator := operatorMode(t, dir)
	_, otherCreds := operatorUser(t, dir, "intruder.creds", mustAccount(t)) // signed by an unknown account

	return []authCase{
		{name: "user/password",
			server: &server.Options{Username: "wire", Password: "s3cret-pass"},
			good:   pipeline.ConnOptions{User: "wire", Password: "s3cret-pass"},
			refused: map[string]pipeline.ConnOptions{
				"no credentials": none, "wrong password": {User: "wire", Password: "guess"},
			}},
		{name: "token",
			server: &server.Options{Authorization: "tok-4f9c2e17"},
			good:   pipeline.ConnOptions{Token: "tok-4f9c2e17"},
			refused: map[string]pipeline.ConnOptions{
				"no credentials": none, "wrong token": {Token: "tok-0000"},
			}},
		{name: "NKey seed",
			server: &server.Options{Nkeys: []*server.NkeyUser{{Nkey: userPub}}},
			good:   pipeline.ConnOptions{NkeySeedFile: seedFile},
			refused: map[string]pipeline.ConnOptions{
				"no credentials": none, "another user's seed": {NkeySeedFile: otherSeedFile},
			}},
		{name: "mutual TLS",
			server: &server.Options{TLSConfig: tlsCfg, TLS: true, TLSVerify: true, TLSTimeout: 5},
			good:   pipeline.ConnOptions{TLSCA: p.CA, TLSCert: p.ClientCert, TLSKey: p.ClientKey},
			refused: map[string]pipeline.ConnOptions{
				"no TLS settings":          none,
				"CA but no client cert":    {TLSCA: p.CA},
				"client cert, unknown CA ": {TLSCA: p.OtherCA, TLSCert: p.ClientCert, TLSKey: p.ClientKey},
			}},
		{name: "credentials file (JWT)",
			server: operator,
			good:   pipeline.ConnOptions{CredsFile: creds},
			refused: map[string]pipeline.ConnOptions{
				"no credentials": none, "user of an unknown account": {CredsFile: otherCreds},
			}},
	}
}

// TestAuthRequired: for each kind of authentication, an embedded server
// that requires it refuses clients without (or with wrong) credentials,
// and a client with them runs the clean stage on a few articles.
func TestAuthRequired(t *testing.T) {
	for _, c := range authCases(t) {
		t.Run(c.name, func(t *testing.T) {
			srv := startEmbedded(t, pipeline.EmbeddedOptions{Server: c.server})
			var refusals []string
			for what, o := range c.refused {
				o.ConnectTimeout = 5 * time.Second
				nc, err := pipeline.Connect(srv.ClientURL(), o)
				if err == nil {
					nc.Close()
					t.Errorf("%s: connected, want refused", what)
					continue
				}
				refusals = append(refusals, fmt.Sprintf("%s: %s", strings.TrimSpace(what), shortErr(err)))
			}
			sort.Strings(refusals)
			e := openEnv(t, srv.ClientURL(), pipeline.Names{Namespace: "auth"}, c.good, pipeline.DefaultStreamConfig())
			if c.good.TLSCert != "" {
				if st, err := e.nc.TLSConnectionState(); err != nil || !st.HandshakeComplete || len(st.PeerCertificates) == 0 {
					t.Errorf("the client is not on a verified TLS connection: %v", err)
				}
			}
			const n = 5
			ids, msgs := e.rawStories("auth", n)
			e.publish(msgs...)
			sts := chainStages(t)[:1]
			rs := e.runChain(sts, pipeline.WithConcurrency(2))
			waitFor(t, 60*time.Second, "the articles cleaned", func() bool { return e.count(pipeline.KindClean) >= n })
			e.waitSettled(hopsOf(t, sts), 30*time.Second)
			stopAll(rs)
			tl := e.tallyOut(pipeline.KindClean, ids)
			e.exactlyOnce(tl, ids)
			record(t, row{Case: "auth " + c.name, In: n, Out: tl.Out, Lost: len(tl.Lost), Dup: tl.extra(),
				Outcome: "with credentials: processed; refused: " + strings.Join(refusals, "; ")})
		})
	}
}

func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && len(s)-i < 80 {
		// The cause is at the end; the URL before it is noise here.
		return s[i+2:]
	}
	return trim(s, 80)
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// operatorMode makes a decentralized-auth setup: an operator, an account
// with JetStream, a user of it in a .creds file, and the server options
// that trust the operator and resolve the account from memory.
func operatorMode(t *testing.T, dir string) (creds string, opts *server.Options) {
	t.Helper()
	okp, err := nkeys.CreateOperator()
	if err != nil {
		t.Fatal(err)
	}
	opub, _ := okp.PublicKey()
	oc := jwt.NewOperatorClaims(opub)
	if _, err := oc.Encode(okp); err != nil {
		t.Fatal(err)
	}
	akp := mustAccount(t)
	apub, _ := akp.PublicKey()
	ac := jwt.NewAccountClaims(apub)
	ac.Limits.JetStreamLimits = jwt.JetStreamLimits{MemoryStorage: -1, DiskStorage: -1, Streams: -1, Consumer: -1}
	ajwt, err := ac.Encode(okp)
	if err != nil {
		t.Fatal(err)
	}
	// The server needs a system account in operator mode.
	skp := mustAccount(t)
	spub, _ := skp.PublicKey()
	sjwt, err := jwt.NewAccountClaims(spub).Encode(okp)
	if err != nil {
		t.Fatal(err)
	}
	res := &server.MemAccResolver{}
	if err := res.Store(apub, ajwt); err != nil {
		t.Fatal(err)
	}
	if err := res.Store(spub, sjwt); err != nil {
		t.Fatal(err)
	}
	creds, _ = operatorUser(t, dir, "worker.creds", akp)
	return creds, &server.Options{
		TrustedOperators: []*jwt.OperatorClaims{oc},
		AccountResolver:  res,
		SystemAccount:    spub,
	}
}

// operatorUser writes a .creds file of a new user signed by account akp.
func operatorUser(t *testing.T, dir, name string, akp nkeys.KeyPair) (string, string) {
	t.Helper()
	ukp, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	upub, _ := ukp.PublicKey()
	useed, _ := ukp.Seed()
	ujwt, err := jwt.NewUserClaims(upub).Encode(akp)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := jwt.FormatUserConfig(ujwt, useed)
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, dir, name, cfg)
	return path, path
}

func mustAccount(t *testing.T) nkeys.KeyPair {
	t.Helper()
	kp, err := nkeys.CreateAccount()
	if err != nil {
		t.Fatal(err)
	}
	return kp
}
