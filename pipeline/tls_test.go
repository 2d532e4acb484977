package pipeline_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/wirestream/wirestream/pipeline"
)

// certs is a throwaway CA with a server and a client certificate.
type certs struct {
	dir                   string
	caFile                string
	server                tls.Certificate
	clientCert, clientKey string
	pool                  *x509.CertPool
}

func makeCerts(t *testing.T) certs {
	t.Helper()
	dir := t.TempDir()
	key := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	caKey := key()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "wirestream test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	leaf := func(serial int64, usage x509.ExtKeyUsage) ([]byte, []byte) {
		k := key()
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "localhost"},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
			IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
			ExtKeyUsage: []x509.ExtKeyUsage{usage}, KeyUsage: x509.KeyUsageDigitalSignature,
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &k.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		kb, _ := x509.MarshalECPrivateKey(k)
		return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb})
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	c := certs{dir: dir, pool: x509.NewCertPool()}
	c.pool.AddCert(ca)
	c.caFile = write("ca.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}))
	sc, sk := leaf(2, x509.ExtKeyUsageServerAuth)
	if c.server, err = tls.X509KeyPair(sc, sk); err != nil {
		t.Fatal(err)
	}
	cc, ck := leaf(3, x509.ExtKeyUsageClientAuth)
	c.clientCert, c.clientKey = write("client.pem", cc), write("client-key.pem", ck)
	return c
}

func TestConnectWithMutualTLS(t *testing.T) {
	c := makeCerts(t)
	e, err := pipeline.StartEmbedded(pipeline.EmbeddedOptions{
		DataDir: t.TempDir(),
		Server: &server.Options{
			TLS:       true,
			TLSVerify: true,
			TLSConfig: &tls.Config{
				Certificates: []tls.Certificate{c.server},
				ClientCAs:    c.pool,
				ClientAuth:   tls.RequireAndVerifyClientCert,
				MinVersion:   tls.VersionTLS12,
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { e.Shutdown(); e.WaitForShutdown() }()

	if _, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{TLSCA: c.caFile}); err == nil {
		t.Fatal("connected without a client certificate")
	}
	nc, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{TLSCA: c.caFile, TLSCert: c.clientCert, TLSKey: c.clientKey})
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	// Without the CA, only with verification off, and still with the
	// client certificate.
	if _, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{TLSCert: c.clientCert, TLSKey: c.clientKey}); err == nil {
		t.Error("connected to an unknown CA with verification on")
	}
	insecure, err := pipeline.Connect(e.ClientURL(), pipeline.ConnOptions{TLSInsecure: true, TLSCert: c.clientCert, TLSKey: c.clientKey})
	if err != nil {
		t.Fatalf("insecure with client cert: %v", err)
	}
	insecure.Close()
	if !nc.TLSRequired() {
		t.Error("connection is not TLS")
	}
	if err := nc.Publish("x", []byte("y")); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
}
