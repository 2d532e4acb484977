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
//	wirestream_consumer_pending{stage}           not yet delivered
//	wirestream_consumer_ack_pending{stage}       delivered, not acked
//	wirestream_consumer_lag{stage}               pending + ack pending
//	wirestream_consumer_redelivered{stage}       redelivered, not acked
//
// The consumer gauges come from consumer info polled by the runners.
type Metrics struct {
	messages    *prometheus.CounterVec
	dead        *prometheus.CounterVec
	inFlight    *prometheus.GaugeVec
	latency     *prometheus.HistogramVec
	pending     *prometheus.GaugeVec
	ackPending  *prometheus.GaugeVec
	lag         *prometheus.GaugeVec
	redelivered *prometheus.GaugeVec
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
		pending:     stageGauge("consumer_pending", "Messages of the stage's input stream not yet delivered to its consumer."),
		ackPending:  stageGauge("consumer_ack_pending", "Messages delivered to the stage's consumer and not yet acknowledged."),
		lag:         stageGauge("consumer_lag", "Messages the stage has still to settle: pending plus ack pending."),
		redelivered: stageGauge("consumer_redelivered", "Messages redelivered to the stage's consumer and not yet acknowledged."),
	}
	for _, c := range []prometheus.Collector{m.messages, m.dead, m.inFlight, m.latency, m.pending, m.ackPending, m.lag, m.redelivered} {
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

// Consumer implements ConsumerObserver.
func (m *Metrics) Consumer(stage string, pending, ackPending, redelivered uint64) {
	m.pending.WithLabelValues(stage).Set(float64(pending))
	m.ackPending.WithLabelValues(stage).Set(float64(ackPending))
	m.lag.WithLabelValues(stage).Set(float64(pending + ackPending))
	m.redelivered.WithLabelValues(stage).Set(float64(redelivered))
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

// stageGauge is a gauge with one value per stage.
func stageGauge(name, help string) *prometheus.GaugeVec {
	return prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "wirestream", Name: name, Help: help}, []string{"stage"})
}
