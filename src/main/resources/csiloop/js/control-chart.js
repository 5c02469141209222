/*
 * The control chart of one measure, drawn with Chart.js from the REST API's KPI (/projects/{key}/definitions/{id}/kpi)
 * and its definition: the period values with the target line and, per phase of the chart (a new one begins at each
 * approved rebase), the XmR centre line and natural process limits over that phase's periods only, trial limits
 * labelled so; each go-live is marked as a change point, the points of a signal are coloured by what they mean for
 * the measure (improvement, concern, neutral) and listed with that meaning, and the rule profile, both icons in
 * words and any suggested rebase are said under the chart. A visually hidden table of the values per period with
 * their phase and lines is the chart's text alternative. Where the measure has a go-live, "Did it work?" under the
 * chart gives the one verdict at it. One drawing for every place that shows the chart: the dashboard's KPI trend
 * item, the measure page and the Improvement panel.
 */
(function (window, $) {
    'use strict';

    function round(value) {
        return Math.round(value * 100) / 100;
    }

    // What a signal means for the measure, by its direction: the colour of its points and the word its list says.
    var MEANING = {
        IMPROVEMENT: ['#006644', AJS.I18n.getText('csiloop.kpi.meaning.improvement')],
        CONCERN: ['#bf2600', AJS.I18n.getText('csiloop.kpi.meaning.concern')],
        NEUTRAL: ['#403294', AJS.I18n.getText('csiloop.kpi.meaning.neutral')]
    };
    // A point in several signals takes the meaning that asks most of the reader: a concern before an improvement.
    var WEIGHT = {CONCERN: 3, IMPROVEMENT: 2, NEUTRAL: 1};

    /**
     * The phases of the chart as index ranges into the labels: a phase begun before the window starts with it, and
     * each phase ends where the next begins, the latest with the last period drawn. Before the REST answer had
     * phases, the chart's one pair of lines was its single phase.
     */
    function phasesOf(chart, labels) {
        var phases = chart.phases && chart.phases.length ? chart.phases : [{firstPeriod: chart.firstPeriod,
            lastPeriod: chart.lastPeriod, centre: chart.centre, upperLimit: chart.upperLimit,
            lowerLimit: chart.lowerLimit, baselinePeriods: 0, trial: false, rebase: null}];
        var windowStart = Math.max(0, labels.indexOf(chart.firstPeriod));
        var starts = phases.map(function (p) {
            var i = labels.indexOf(p.firstPeriod);
            return i === -1 ? windowStart : i;
        });
        return phases.map(function (p, n) {
            return $.extend({from: starts[n], to: n + 1 < phases.length ? starts[n + 1] - 1 : labels.length - 1}, p);
        });
    }

    /** The index of the period that holds an instant, or -1 when it lies outside the periods drawn. */
    function periodAt(periods, at) {
        var t = Date.parse(at);
        for (var i = 0; i < periods.length; i++) {
            if (Date.parse(periods[i].start) <= t && t < Date.parse(periods[i].end)) { return i; }
        }
        return -1;
    }

    /** The phase in words: its periods, its limits (trial or from its first N periods) and the rebase that began it. */
    function phaseWords(p) {
        var words = p.centre === null || p.centre === undefined
            ? AJS.I18n.getText('csiloop.ui.dashboard.trendPhase.noLimits', p.firstPeriod)
            : p.trial ? AJS.I18n.getText('csiloop.ui.dashboard.trendPhase.trial', p.firstPeriod, p.lastPeriod,
                round(p.lowerLimit), round(p.upperLimit), round(p.centre), p.baselinePeriods)
                : AJS.I18n.getText('csiloop.ui.dashboard.trendPhase', p.firstPeriod, p.lastPeriod, round(p.lowerLimit),
                    round(p.upperLimit), round(p.centre), p.baselinePeriods);
        return p.rebase ? words + ' ' + AJS.I18n.getText('csiloop.ui.dashboard.trendPhase.rebase', p.rebase.reason) : words;
    }

    /*
     * Draws a dashed vertical line through each go-live's period: the change point is seen across the whole height,
     * not only where its marker sits on the centre line. Registered on this chart only.
     */
    var goLiveLines = {
        id: 'csiloopGoLives',
        afterDatasetsDraw: function (chart) {
            var ctx = chart.ctx;
            var area = chart.chartArea;
            chart.data.datasets.forEach(function (d, n) {
                if (d.csiloopGoLive === undefined || !chart.isDatasetVisible(n)) { return; }
                var x = chart.scales.x.getPixelForValue(d.csiloopGoLive);
                ctx.save();
                ctx.strokeStyle = d.borderColor;
                ctx.lineWidth = 1;
                ctx.setLineDash([4, 3]);
                ctx.beginPath();
                ctx.moveTo(x, area.top);
                ctx.lineTo(x, area.bottom);
                ctx.stroke();
                ctx.restore();
            });
        }
    };

    function draw($el, kpi, definition, definitionPath, options) {
        var heading = 'h' + ((options && options.headingLevel) || 3); // the signals' heading, below the host's own
        var labels = kpi.periods.map(function (x) { return x.label; });
        var values = kpi.periods.map(function (x) { return round(x.value); });
        var chart = kpi.chart;
        var meaningOf = {};
        var $signals = $('<ul class="csiloop-trend-signals"></ul>');
        // One line a rule, meaning and side: eight points each beyond a limit are one finding, not eight lines.
        var lines = {};
        var order = [];
        ((chart && chart.signals) || []).forEach(function (s) {
            var meaning = MEANING[s.meaning] ? s.meaning : 'NEUTRAL';
            s.periods.forEach(function (label) {
                if (!meaningOf[label] || WEIGHT[meaning] > WEIGHT[meaningOf[label]]) { meaningOf[label] = meaning; }
            });
            var key = [meaning, s.side, s.description].join('|');
            if (!lines[key]) {
                lines[key] = {meaning: meaning, side: s.side, description: s.description, periods: []};
                order.push(key);
            }
            s.periods.forEach(function (label) {
                if (lines[key].periods.indexOf(label) === -1) { lines[key].periods.push(label); }
            });
        });
        order.forEach(function (key) {
            var l = lines[key];
            $signals.append($('<li></li>').attr({'data-meaning': l.meaning, 'data-side': l.side})
                .css('border-left-color', MEANING[l.meaning][0])
                .text(MEANING[l.meaning][1] + ': ' + l.description + ': ' + l.periods.join(', ')));
        });
        var phases = chart ? phasesOf(chart, labels) : [];
        var goLives = ((chart && chart.changePoints) || []).map(function (c) {
            return $.extend({index: periodAt(kpi.periods, c.at)}, c);
        }).filter(function (c) { return c.index !== -1; });
        var summary = AJS.I18n.getText('csiloop.ui.dashboard.trendSummary',
            definition.name, kpi.latest ? round(kpi.latest.value) + ' ' + kpi.unit : '—', kpi.periods.length);
        if (kpi.inProgress) { // the value recorded this period shows, apart from the latest complete one
            summary += '; ' + AJS.I18n.getText('csiloop.ui.kpi.inProgress', round(kpi.inProgress.value) + ' ' + kpi.unit,
                kpi.inProgress.label);
        }
        var uid = 'csiloop-trend-' + Math.random().toString(36).slice(2);
        var $head = $('<p class="csiloop-trend-summary"></p>').text(summary);
        var label = AJS.I18n.getText('csiloop.ui.dashboard.trendChart', kpi.key);
        if (phases.length) {
            label += '. ' + AJS.I18n.getText('csiloop.ui.dashboard.phases', phases.length) + ' '
                + phases.map(phaseWords).join(' ');
        }
        var $canvas = $('<canvas role="img"></canvas>').attr('aria-label', label).attr('aria-describedby', uid);
        $el.empty().append($head, $('<div class="csiloop-trend-chart"></div>').append($canvas));
        if (chart && chart.changePoints && chart.changePoints.length && !(options && options.didItWork === false)) {
            $el.append(didItWork(definitionPath));
        }
        if (phases.length) {
            $el.append($('<ul class="csiloop-trend-phases"></ul>').append(phases.map(function (p) {
                return $('<li></li>').attr('data-trial', String(p.trial)).text(phaseWords(p));
            })));
        }
        $el.append(reading(chart, goLives, kpi.zone), valueTable(uid, kpi, phases, meaningOf));
        if (kpi.trend && kpi.trend.forecastMessage) {
            $el.append($('<p class="csiloop-trend-forecast"></p>').text(kpi.trend.forecastMessage));
        }
        if ($signals.children().length) {
            $el.append($('<' + heading + '></' + heading + '>').text(AJS.I18n.getText('csiloop.ui.dashboard.signals')), $signals);
        }
        var flat = function (value) { return labels.map(function () { return value; }); };
        var datasets = [{label: kpi.key, data: values, borderColor: '#0052cc', backgroundColor: '#0052cc', tension: 0,
            // The period in progress is drawn apart, a hollow point: the status, limits and signals leave it out.
            pointRadius: kpi.periods.map(function (x) { return meaningOf[x.label] || x.inProgress ? 5 : 2; }),
            pointBackgroundColor: kpi.periods.map(function (x) {
                return x.inProgress ? '#ffffff' : meaningOf[x.label] ? MEANING[meaningOf[x.label]][0] : '#0052cc';
            }),
            pointBorderColor: kpi.periods.map(function (x) {
                return meaningOf[x.label] ? MEANING[meaningOf[x.label]][0] : '#0052cc';
            })}];
        phases.forEach(function (p, n) {
            if (p.centre === null || p.centre === undefined) { return; }
            // Each phase's lines only over its own periods: null elsewhere breaks the line at a rebase.
            var over = function (value) {
                return labels.map(function (l, i) { return i >= p.from && i <= p.to ? round(value) : null; });
            };
            var line = function (text, value, colour, dash) {
                datasets.push({label: text, data: over(value), borderColor: colour, backgroundColor: colour,
                    borderDash: dash, pointRadius: 0, borderWidth: 1, spanGaps: false, csiloopPhase: n,
                    csiloopTrial: p.trial});
            };
            line(p.trial ? AJS.I18n.getText('csiloop.ui.dashboard.centre.trial')
                : AJS.I18n.getText('csiloop.ui.dashboard.centre'), p.centre, '#6b778c', [2, 2]);
            var limits = p.trial ? AJS.I18n.getText('csiloop.ui.dashboard.limits.trial')
                : AJS.I18n.getText('csiloop.ui.dashboard.limits');
            line(limits, p.upperLimit, '#ff8b00', p.trial ? [2, 4] : [6, 4]);
            line(limits, p.lowerLimit, '#ff8b00', p.trial ? [2, 4] : [6, 4]);
        });
        goLives.forEach(function (g) {
            var phase = phases.filter(function (p) { return g.index >= p.from && g.index <= p.to; })[0];
            var at = phase && phase.centre !== null && phase.centre !== undefined ? round(phase.centre) : values[g.index];
            datasets.push({label: AJS.I18n.getText('csiloop.ui.dashboard.goLive', g.issueKey), type: 'line',
                data: labels.map(function (l, i) { return i === g.index ? at : null; }), showLine: false,
                pointStyle: 'rectRot', pointRadius: 7, borderColor: '#172b4d', backgroundColor: '#172b4d',
                csiloopGoLive: g.index});
        });
        (definition.band ? [definition.band.low, definition.band.high] : [definition.target]).forEach(function (t) {
            datasets.push({label: AJS.I18n.getText('csiloop.ui.kpi.target'), data: flat(t), borderColor: '#00875a',
                pointRadius: 0, borderWidth: 2});
        });
        new window.Chart($canvas[0], {type: 'line', data: {labels: labels, datasets: datasets}, plugins: [goLiveLines],
            // The unit on the value axis: a bare number reads as hours or as a share alike.
            options: {animation: false, maintainAspectRatio: false, scales: {y: {title: {display: true, text: kpi.unit}}},
                plugins: {legend: {labels: {filter: function (item, data) {
                    return data.datasets.findIndex(function (d) { return d.label === item.text; }) === item.datasetIndex;
                }}}}}});
    }

    // The verdict's lozenge: its AUI modifier and its word, as the Improvement panel shows it.
    var VERDICT = {
        IMPROVED: ['success', AJS.I18n.getText('csiloop.kpi.change.verdict.IMPROVED')],
        WORSE: ['error', AJS.I18n.getText('csiloop.kpi.change.verdict.WORSE')],
        NO_DETECTABLE_CHANGE: ['', AJS.I18n.getText('csiloop.kpi.change.verdict.NO_DETECTABLE_CHANGE')]
    };

    /**
     * "Did it work?" right under the chart: the one verdict at the measure's latest go-live, the one the gate, the
     * Improvement panel, the pack and REST read (REST's before-after without changeAt), as a lozenge and the reasons
     * in words; without a verdict (no complete period since the go-live, say) the reasons say why. Asked only when
     * the chart has a change point, hidden until answered; a failed request leaves the line out and the rest of the
     * item as it is.
     */
    function didItWork(definitionPath) {
        var $line = $('<p class="csiloop-trend-verdict" hidden></p>')
            .append($('<strong></strong>').text(AJS.I18n.getText('csiloop.ui.verdict.heading')));
        CSILoop.api.get(definitionPath + '/kpi/before-after').done(function (answer) {
            var v = VERDICT[answer.verdict];
            if (v) {
                $line.attr('data-verdict', answer.verdict).append(' ',
                    $('<span class="aui-lozenge csiloop-trend-verdict-label"></span>')
                        .addClass(v[0] ? 'aui-lozenge-' + v[0] : '').text(v[1]));
            }
            $line.append(' ', $('<span class="csiloop-trend-verdict-reasons"></span>').text(answer.reasons || ''))
                .prop('hidden', false);
        }).fail(function () { $line.remove(); });
        return $line;
    }

    /**
     * An instant's day (yyyy-MM-dd) in the zone the periods are read in, the day the verdict's reasons name: a
     * go-live at midnight in Berlin is the day before in UTC.
     */
    function dayIn(zone, at) {
        return new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'})
            .format(new Date(at));
    }

    /** Under the chart: the rules the signals are read with, both icons in words, the go-lives and any suggestion. */
    function reading(chart, goLives, zone) {
        var $reading = $('<div class="csiloop-trend-reading"></div>');
        if (!chart) { return $reading; }
        if (chart.ruleProfileName) {
            $reading.append($('<p class="csiloop-trend-rules"></p>')
                .text(AJS.I18n.getText('csiloop.ui.dashboard.rules', chart.ruleProfileName)));
        }
        if (chart.variationMessage) {
            $reading.append($('<p class="csiloop-trend-variation"></p>').attr('data-icon', chart.variation)
                .text(AJS.I18n.getText('csiloop.ui.dashboard.variation', chart.variationMessage)));
        }
        if (chart.assuranceMessage) {
            $reading.append($('<p class="csiloop-trend-assurance"></p>').attr('data-icon', chart.assurance)
                .text(AJS.I18n.getText('csiloop.ui.dashboard.assurance', chart.assuranceMessage)));
        }
        goLives.forEach(function (g) {
            $reading.append($('<p class="csiloop-trend-golive"></p>').text(AJS.I18n.getText(
                'csiloop.ui.dashboard.goLiveAt', g.issueKey, g.cycle, dayIn(zone, g.at))));
        });
        (chart.rebaseSuggestions || []).forEach(function (s) {
            $reading.append($('<p class="csiloop-trend-suggestion aui-message aui-message-info"></p>').text(
                AJS.I18n.getText('csiloop.ui.dashboard.suggestion', s.issueKey, s.shiftFrom, s.shiftTo)));
        });
        return $reading;
    }

    /** The chart's values per period with their phase, lines and meaning: its text alternative, read aloud only. */
    function valueTable(id, kpi, phases, meaningOf) {
        var $table = $('<table class="csiloop-visually-hidden csiloop-trend-table"><caption></caption>'
            + '<thead><tr></tr></thead><tbody></tbody></table>').attr('id', id);
        $table.find('caption').text(AJS.I18n.getText('csiloop.ui.dashboard.table', kpi.key));
        [AJS.I18n.getText('csiloop.ui.dashboard.table.period'), AJS.I18n.getText('csiloop.ui.dashboard.table.value'),
            AJS.I18n.getText('csiloop.ui.dashboard.table.phase'), AJS.I18n.getText('csiloop.ui.dashboard.centre'),
            AJS.I18n.getText('csiloop.ui.dashboard.table.lower'), AJS.I18n.getText('csiloop.ui.dashboard.table.upper'),
            AJS.I18n.getText('csiloop.ui.dashboard.table.signal')].forEach(function (h) {
            $table.find('thead tr').append($('<th scope="col"></th>').text(h));
        });
        kpi.periods.forEach(function (x, i) {
            var n = -1;
            phases.forEach(function (p, k) { if (i >= p.from && i <= p.to) { n = k; } });
            var p = phases[n];
            var limit = function (v) { return p && v !== null && v !== undefined ? String(round(v)) : '—'; };
            var phase = !p ? '—' : p.trial ? AJS.I18n.getText('csiloop.ui.dashboard.table.phaseTrial', n + 1)
                : AJS.I18n.getText('csiloop.ui.dashboard.table.phaseNumber', n + 1);
            var value = String(round(x.value)) + (x.inProgress ? ' ' + AJS.I18n.getText('csiloop.ui.dashboard.table.open') : '');
            $table.find('tbody').append($('<tr></tr>').attr('data-phase', n).append(
                $('<th scope="row"></th>').text(x.label), $('<td></td>').text(value), $('<td></td>').text(phase),
                $('<td></td>').text(limit(p && p.centre)), $('<td></td>').text(limit(p && p.lowerLimit)),
                $('<td></td>').text(limit(p && p.upperLimit)),
                $('<td></td>').text(meaningOf[x.label] ? MEANING[meaningOf[x.label]][1] : '')));
        });
        return $table;
    }

    window.CSILoop = window.CSILoop || {};
    /**
     * Draws the chart into $el (emptied first): kpi is the REST KPI, definition the REST definition, definitionPath
     * the REST path of the definition (for "Did it work?"); options.headingLevel the level of the signals' heading
     * (3 unless said), so the chart keeps the outline of the page it is drawn in; options.didItWork false leaves
     * "Did it work?" out where the page already says the verdict.
     */
    window.CSILoop.controlChart = {draw: draw};
}(window, window.jQuery));
