package pipeline

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is an Observer that exports Prometheus metrics:
//
//	wirestream_messages_total{stage,outcome}     processed, retried, dead_lettered
//	wirestream_dead_letters_total{stage,kind}    by DeadLetter.Kind
//	wirestream_in_flight{stage}                  messages being handled
//	wirestream_message_seconds{stage,outcome}    receipt to ack
type Metrics struct {
	messages *prometheus.CounterVec
	dead     *prometheus.CounterVec
	inFlight *prometheus.GaugeVec
	latency  *prometheus.HistogramVec
}

// NewMetrics registers the metrics with reg (prometheus.DefaultRegisterer
// when nil).
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	if reg == nil {
		reg = prometheus.DefaultRegisterer
	}
	m := &Metrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "wirestream", Name: "messages_total",
			Help: "Messages handled by a stage, by outcome.",
		}, []string{"stage", "outcome"}),
		dead: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "wirestream", Name: "dead_letters_total",
			Help: "Messages dead-lettered by a stage, by reason.",
		}, []string{"stage", "kind"}),
		inFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "wirestream", Name: "in_flight",
			Help: "Messages being handled by a stage.",
		}, []string{"stage"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "wirestream", Name: "message_seconds",
			Help:    "Time from receipt of a message to its ack, nak or term.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16), // 0.5ms .. 16s
		}, []string{"stage", "outcome"}),
	}
	for _, c := range []prometheus.Collector{m.messages, m.dead, m.inFlight, m.latency} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Received implements Observer.
func (m *Metrics) Received(stage string) { m.inFlight.WithLabelValues(stage).Inc() }

// Done implements Observer.
func (m *Metrics) Done(stage string, o Outcome, reason string, d time.Duration) {
	out := o.String()
	m.inFlight.WithLabelValues(stage).Dec()
	m.messages.WithLabelValues(stage, out).Inc()
	m.latency.WithLabelValues(stage, out).Observe(d.Seconds())
	if o == DeadLettered {
		m.dead.WithLabelValues(stage, reason).Inc()
	}
}

// HTTPHandler serves /metrics (from gather, prometheus.DefaultGatherer when
// nil), /healthz (the process is up) and /readyz (200 when ready returns
// true, e.g. every runner is consuming and the connection is up; 503
// otherwise; always 200 when ready is nil).
func HTTPHandler(gather prometheus.Gatherer, ready func() bool) http.Handler {
	if gather == nil {
		gather = prometheus.DefaultGatherer
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(gather, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		if ready != nil && !ready() {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	return mux
}
