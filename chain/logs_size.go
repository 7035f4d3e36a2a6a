package chain

import (
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/core/types"
)

// How capSizer learns.
const (
	// sizerKeep is how many of the last ranges fetched the predictors see.
	sizerKeep = 16
	// statWindows is how many equal parts of a range its logs are
	// counted in, for the predictors that look at part of it.
	statWindows = 16
	// sizerSamples is how many of the last predictions are kept per
	// predictor to judge it by.
	sizerSamples = 24
	// exactFill is the share of the cap a range the provider suggested is
	// taken to hold (its blocks are whole, so it holds less than the cap
	// by part of a block).
	exactFill = 0.9
)

// Predictors of the density of the next range, from the ranges before it.
const (
	predLast    = iota // the last range's mean
	predHalf           // the last half of the last range
	predQuarter        // the last quarter of the last range
	predTrend          // the last range's linear trend, half a range ahead
	predLong           // the mean of the last 4 ranges
	predLonger         // the mean of the last sizerKeep ranges, bursts left out (see bursts)
	numPredictors
)

// rangeTally is a range of blocks fetched and how its logs fall in
// statWindows equal parts of it.
type rangeTally struct {
	from, span uint64
	count      int
	k, w       uint64               // parts used, blocks per part
	parts      [statWindows]float64 // logs per part (the last one scaled to w blocks)
}

// tally counts logs, from the blocks from..from+span-1, into a rangeTally.
func tally(logs []types.Log, from, span uint64) rangeTally {
	t := rangeTally{from: from, span: span, count: len(logs)}
	if span == 0 {
		return t
	}
	t.k = min(span, statWindows)
	t.w = span / t.k
	for _, l := range logs {
		t.parts[min((l.BlockNumber-from)/t.w, t.k-1)]++
	}
	// The last part also holds the blocks left over: scale it to w blocks.
	t.parts[t.k-1] *= float64(t.w) / float64(span-(t.k-1)*t.w)
	return t
}

// density is the logs per block of parts i..k-1.
func (t *rangeTally) density(i uint64) float64 {
	var n float64
	for _, p := range t.parts[i:t.k] {
		n += p
	}
	return n / float64((t.k-i)*t.w)
}

// capSizer sizes ranges under a results cap. It keeps several ways of
// predicting the density of the next range (the last range's mean, its
// tail, its trend, a longer mean) and how far each was off on the ranges
// that came after it, then picks the predictor, and the share of the cap
// to aim at, expected to bring the most logs per request: a range over the
// cap is refused, a request lost. The misses seen count alike with a
// log-normal fitted to them (bursts left out, see logStats), whose tail
// reaches past the largest seen: the best share over the samples alone
// sits just under the largest of them, and the next ranges go over it
// more often than the samples said (the steady history's ranges were
// refused five times in a hundred, once or twice with the tail). So logs
// spread evenly are fetched close to the cap, a density that drifts is
// followed by its trend, and blocks whose counts jump are aimed at with
// the room their misses showed.
type capSizer struct {
	spread  float64      // the spread of the logs of the misses of the predictor last sized by (0: none)
	last    []rangeTally // the last ranges fetched, in chain order
	errs    [numPredictors][sizerSamples]float64
	samples int // predictions recorded (the ring holds the last sizerSamples)
}

// predict is predictor p's density for the blocks after hist (0: none).
func predict(p int, hist []rangeTally) float64 {
	if len(hist) == 0 {
		return 0
	}
	l := &hist[len(hist)-1]
	if l.span == 0 {
		return 0
	}
	mean := float64(l.count) / float64(l.span)
	switch p {
	case predHalf:
		return l.density(l.k / 2)
	case predQuarter:
		return l.density(l.k - max(1, l.k/4))
	case predTrend:
		// Least squares over the parts, read halfway between this
		// range's end and the middle of a range as long after it (a
		// trend seen in one range is partly noise).
		k := float64(l.k)
		if l.k < 4 {
			return mean
		}
		xm := (k - 1) / 2
		var ym, sxy, sxx float64
		for i := range l.k {
			ym += l.parts[i]
		}
		ym /= k
		for i := range l.k {
			dx := float64(i) - xm
			sxy += dx * (l.parts[i] - ym)
			sxx += dx * dx
		}
		b := sxy / sxx
		y := ym + b*(k/2+k/4)
		return min(max(y/float64(l.w), mean/4), mean*4)
	case predLong, predLonger:
		var n, s float64
		from, burst := 0, make([]bool, len(hist))
		if p == predLong {
			from = max(0, len(hist)-4)
		} else {
			burst = bursts(hist)
		}
		for i := from; i < len(hist); i++ {
			if burst[i] {
				continue
			}
			n += float64(hist[i].count)
			s += float64(hist[i].span)
		}
		return n / s
	}
	return mean
}

// burstSpread is the spread of range densities (median absolute deviation
// of their logarithms) under which a range far denser than the others is
// told apart as a burst.
const burstSpread = 0.05

// bursts marks the ranges of hist that are bursts: where the ranges' densities
// agree (within burstSpread), one more than trimAt median deviations above
// their median, with a range that is not after it (dense ranges at the end
// may be a density that rose to stay).
func bursts(hist []rangeTally) []bool {
	out := make([]bool, len(hist))
	if len(hist) < 8 {
		return out
	}
	ls := make([]float64, len(hist))
	for i := range hist {
		ls[i] = math.Log(max(float64(hist[i].count), 0.5) / max(1, float64(hist[i].span)))
	}
	med, mad := medianDeviation(ls)
	if mad == 0 || mad > burstSpread {
		return out
	}
	last := len(hist) - 1
	for last > 0 && ls[last]-med > trimAt*mad {
		last--
	}
	for i := 0; i < last; i++ {
		out[i] = ls[i]-med > trimAt*mad
	}
	return out
}

// observe takes in the next range fetched, in chain order: each
// predictor's miss on it is recorded (when it held, or was expected to
// hold, a fair share of the cap; a few logs say little), and it joins the
// history.
func (z *capSizer) observe(t rangeTally, capN float64) {
	if len(z.last) > 0 && t.span > 0 {
		floor := 0.5 / float64(z.last[len(z.last)-1].span)
		var d [numPredictors]float64
		most := float64(t.count)
		for p := range numPredictors {
			d[p] = max(predict(p, z.last), floor)
			most = max(most, d[p]*float64(t.span))
		}
		if most >= capN/4 {
			for p := range numPredictors {
				z.errs[p][z.samples%sizerSamples] = float64(t.count) / (d[p] * float64(t.span))
			}
			z.samples++
		}
	}
	z.last = append(z.last, t)
	if len(z.last) > sizerKeep {
		z.last = append(z.last[:0], z.last[1:]...)
	}
}

// misses are predictor p's recent misses (actual over predicted), with
// prior ones where fewer have been seen.
func (z *capSizer) misses(p int) []float64 {
	n := min(z.samples, sizerSamples)
	errs := z.errs[p][:n:n]
	if prior := priorMisses(); n < len(prior) {
		errs = append(errs, prior[n:]...)
	}
	return errs
}

// priorMisses are the misses assumed before any is seen: a few percent
// either way, the spread of a steady history at about 10,000 logs. The
// first misses seen take their places one by one.
func priorMisses() [5]float64 { return [5]float64{0.94, 0.97, 1, 1.03, 1.06} }

// size is the span of the next range under a results cap of capN: from
// the predictor and the share of the cap to aim at that would have
// brought the most logs per request over the last predictions (dens is
// the density to go by before any range was fetched). hints is whether
// the provider suggests a range when it refuses one.
func (z *capSizer) size(capN float64, hints bool, dens float64) float64 {
	hist := z.last
	best, bestD, bestA := -1.0, 0.0, 0.0
	z.spread = 0
	for p := range numPredictors {
		d := dens
		if len(hist) > 0 {
			d = predict(p, hist)
		}
		if d <= 0 {
			continue
		}
		errs := z.misses(p)
		m, sd := logStats(errs)
		par := normalMisses(m, sd)
		for a := 0.3; a <= capMargin+1e-9; a += 0.01 {
			// The misses seen, and a log-normal fitted to them, count
			// alike: the few seen say little of how far the next may go.
			y := (yieldAt(a, errs, hints) + yieldAt(a, par[:], hints)) / 2
			if y > best {
				best, bestD, bestA, z.spread = y, d, a, sd
			}
		}
	}
	if bestD <= 0 || capN <= 0 {
		return math.Inf(1)
	}
	return math.Max(1, math.Floor(bestA*capN/bestD))
}

// yieldAt is the logs per request, in caps, of ranges aimed at a share a
// of the cap when the predictions miss by errs.
func yieldAt(a float64, errs []float64, hints bool) float64 {
	var got, cost float64
	for _, e := range errs {
		switch x := a * e; {
		case x <= 1:
			got, cost = got+x, cost+1
		case hints:
			// Refused, then the suggested range.
			got, cost = got+exactFill, cost+2
		default:
			// Refused, and the next range is a guess too.
			cost += 1.5
		}
	}
	return got / cost
}

// normalQuantiles is how many points stand for a fitted distribution.
const normalQuantiles = 32

// normalMisses are the quantiles of a log-normal distribution of misses
// whose logarithms have mean m and spread sd (see logStats).
func normalMisses(m, sd float64) [normalQuantiles]float64 {
	var out [normalQuantiles]float64
	for k := range out {
		z := math.Sqrt2 * math.Erfinv(2*(float64(k)+0.5)/normalQuantiles-1)
		out[k] = math.Exp(m + sd*z)
	}
	return out
}

// logStats are the mean and spread of the logarithms of errs, the spread
// widened by how little n samples say of it. A miss far above the others
// (trimOutliers: a burst of logs in one range) is left out of them: it
// stays among the misses seen, where it costs a refusal whatever the aim,
// but in the fit it would widen the spread, and lower the aim, of every
// range until it leaves the samples (the scale devnet's delegation burst
// held every later range to 87 % of the cap for 24 ranges). A miss far
// below the others stays: the density may be falling.
func logStats(errs []float64) (m, sd float64) {
	ls := make([]float64, len(errs))
	for i, e := range errs {
		ls[i] = math.Log(max(e, 1e-3)) // a range with no logs at all
	}
	keep := trimOutliers(ls)
	n := float64(len(keep))
	for _, l := range keep {
		m += l
	}
	m /= n
	var v float64
	for _, l := range keep {
		d := l - m
		v += d * d
	}
	return m, math.Sqrt(v/max(1, n-1)) * math.Sqrt(1+1/n)
}

// trimAt is how many median deviations above the median a miss may be
// before the fit leaves it out (about four standard deviations of a
// normal spread). From 4 to 8 did alike on the histories in the tests.
const trimAt = 6

// medianDeviation returns the median of ls and the median absolute
// deviation from it.
func medianDeviation(ls []float64) (med, mad float64) {
	s := slices.Sorted(slices.Values(ls))
	med = s[len(s)/2]
	for i, l := range ls {
		s[i] = math.Abs(l - med)
	}
	slices.Sort(s)
	return med, s[len(s)/2]
}

// trimOutliers returns ls without the values more than trimAt median
// absolute deviations above their median (reusing ls's array).
func trimOutliers(ls []float64) []float64 {
	if len(ls) < 8 {
		return ls // too few to tell a burst from the spread
	}
	med, mad := medianDeviation(ls)
	if mad == 0 {
		return ls
	}
	out := ls[:0]
	for _, l := range ls {
		if l-med <= trimAt*mad {
			out = append(out, l)
		}
	}
	return out
}
