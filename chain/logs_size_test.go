package chain

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// evenTally is a range of span blocks from from holding count logs spread
// evenly over its parts.
func evenTally(from, span uint64, count int) rangeTally {
	t := rangeTally{from: from, span: span, count: count, k: min(span, statWindows)}
	t.w = span / t.k
	for i := range t.k {
		t.parts[i] = float64(count) / float64(span) * float64(t.w)
	}
	return t
}

// feedSizer sizes n ranges at 10 logs a block times a factor drawn by
// jitter, each holding what its span and that density give, and returns
// the share of the cap the last one aimed at.
func feedSizer(n int, hints bool, jitter func() float64) float64 {
	const capN = 10_000
	var z capSizer
	from := uint64(0)
	span := 900.0
	for range n {
		sp := uint64(span)
		z.observe(evenTally(from, sp, int(10*jitter()*float64(sp))), capN)
		from += sp
		span = z.size(capN, hints, 10)
	}
	return span * 10 / capN
}

// TestCapSizerAims: the share of the cap aimed at follows how far the
// guesses were off: close to the cap for a density that holds, well under
// it where the count jumps by a third either way, lower still where a
// refusal suggests no range.
func TestCapSizerAims(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	steady := feedSizer(40, true, func() float64 { return 1 })
	jumpy := feedSizer(40, true, func() float64 { return 0.67 + rng.Float64()*0.66 })
	jumpyBare := feedSizer(40, false, func() float64 { return 0.67 + rng.Float64()*0.66 })
	t.Logf("aimed at %.2f, %.2f, %.2f of the cap", steady, jumpy, jumpyBare)
	if steady < 0.98 || steady > 0.99 {
		t.Errorf("steady density: aimed at %.2f of the cap, want 0.98–0.99", steady)
	}
	if jumpy > 0.85 || jumpy < 0.5 {
		t.Errorf("counts ±33%%: aimed at %.2f of the cap, want 0.5–0.85", jumpy)
	}
	if jumpyBare > jumpy {
		t.Errorf("without suggested ranges aimed at %.2f, higher than with them (%.2f)", jumpyBare, jumpy)
	}
	// Before any miss is seen: a few percent under the cap.
	var z capSizer
	if got := z.size(10_000, true, 10) * 10 / 10_000; got < 0.9 || got > 0.97 {
		t.Errorf("first range aimed at %.2f of the cap, want 0.9–0.97", got)
	}
}

// TestNormalMissesTail: the log-normal fitted to the misses is centred
// on them and reaches beyond the largest seen (24 samples do not show how
// far the next may go), and a range with no logs at all does not break it.
func TestNormalMissesTail(t *testing.T) {
	errs := make([]float64, 24)
	for i := range errs {
		errs[i] = 0.97 + 0.06*float64(i)/23
	}
	q := normalMisses(logStats(errs))
	if mid := (q[normalQuantiles/2-1] + q[normalQuantiles/2]) / 2; mid < 0.995 || mid > 1.005 {
		t.Errorf("fitted median %.4f, want about 1", mid)
	}
	if q[normalQuantiles-1] <= 1.03 || q[0] >= 0.97 {
		t.Errorf("fitted tails %.4f–%.4f within the samples' 0.97–1.03", q[0], q[normalQuantiles-1])
	}
	errs[0] = 0
	for _, x := range normalMisses(logStats(errs)) {
		if x != x || x <= 0 {
			t.Fatalf("a range with no logs gives the quantile %v", x)
		}
	}
}

// TestLogStatsBurst: one range far over its prediction (a burst of logs)
// among steady misses does not widen the fitted spread, while one far
// under it (the density falling) does; and the sizer aims as high with
// the burst among its misses as without it.
func TestLogStatsBurst(t *testing.T) {
	steady := make([]float64, 24)
	for i := range steady {
		steady[i] = 0.97 + 0.06*float64(i)/23
	}
	_, base := logStats(slices.Clone(steady))
	burst := slices.Clone(steady)
	burst[5] = 1.35
	if _, sd := logStats(burst); sd > base*1.1 {
		t.Errorf("a burst widened the spread from %.4f to %.4f", base, sd)
	}
	fall := slices.Clone(steady)
	fall[5] = 0.65
	if _, sd := logStats(fall); sd < base*2 {
		t.Errorf("a fall left the spread at %.4f (%.4f without it)", sd, base)
	}

	aim := func(errs []float64) float64 {
		var z capSizer
		for i, e := range errs {
			for p := range numPredictors {
				z.errs[p][i] = e
			}
		}
		z.samples = len(errs)
		z.last = []rangeTally{evenTally(0, 100, 10_000)}
		return z.size(10_000, true, 0) / 100
	}
	if a, b := aim(steady), aim(burst); b < a-0.01 {
		t.Errorf("aimed at %.2f of the cap with a burst among the misses, %.2f without", b, a)
	}
}

// TestBursts: among ranges whose densities agree, one far denser is a
// burst and is left out of the long mean, unless no range as dense as the
// others came after it (the density may have risen to stay); where the
// densities spread wide, none is told apart.
func TestBursts(t *testing.T) {
	hist := func(counts ...int) []rangeTally {
		var out []rangeTally
		for i, c := range counts {
			out = append(out, evenTally(uint64(i*100), 100, c))
		}
		return out
	}
	steady := []int{9_800, 10_100, 9_900, 10_000, 10_200, 9_950, 10_050, 9_900, 10_100, 10_000}
	withBurst := slices.Clone(steady)
	withBurst[4] = 13_000
	if got := bursts(hist(withBurst...)); !got[4] || slices.Index(got, true) != 4 || slices.Index(got[5:], true) != -1 {
		t.Errorf("a burst among steady ranges: %v, want only range 4", got)
	}
	if d, want := predict(predLonger, hist(withBurst...)), predict(predLonger, hist(steady...)); math.Abs(d-want) > 1 {
		t.Errorf("the long mean with a burst left out: %.2f logs a block, %.2f without the burst", d, want)
	}
	rose := append(slices.Clone(steady), 13_000, 13_100)
	if got := bursts(hist(rose...)); slices.Contains(got, true) {
		t.Errorf("a rise at the end taken for a burst: %v", got)
	}
	wide := []int{5_000, 12_000, 8_000, 15_000, 30_000, 9_000, 11_000, 6_000, 14_000, 10_000}
	if got := bursts(hist(wide...)); slices.Contains(got, true) {
		t.Errorf("densities that spread wide: %v, want no burst", got)
	}
}
