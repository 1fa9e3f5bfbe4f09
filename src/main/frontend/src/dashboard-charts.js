// Draws the dashboard's bar charts. Each <canvas data-chart="{...}"> carries its labels and series as
// JSON written by the server (org.ipflow.reporting.Chart); the page has no script of its own, so it runs
// under a Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval'.
import Chart from 'chart.js/auto';

function draw(canvas) {
  const chart = JSON.parse(canvas.dataset.chart);
  const stacked = chart.stacked ? { stacked: true } : {};
  // Counts get whole-number ticks; hours keep their decimals.
  const whole = chart.series.every((series) => series.data.every(Number.isInteger));
  const value = { ...stacked, beginAtZero: true, ticks: whole ? { precision: 0 } : {} };
  const category = { ...stacked };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.series.map((series) => ({ label: series.label, data: series.data, maxBarThickness: 64 })),
    },
    options: {
      // Drawn at once: no animation to wait for, nor to distract.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: chart.horizontal ? 'y' : 'x',
      scales: chart.horizontal ? { x: value, y: category } : { x: category, y: value },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  canvas.dataset.rendered = 'true';
}

function drawAll() {
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    try {
      draw(canvas);
    } catch (error) {
      canvas.dataset.rendered = 'failed';
      console.error('chart', canvas.id, error);
    }
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', drawAll);
} else {
  drawAll();
}
