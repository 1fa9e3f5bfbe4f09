// Draws the dashboard's bar charts. Each <canvas data-chart="{...}"> carries its labels and series as
// JSON written by the server (org.ipflow.reporting.Chart); the page has no script of its own, so it runs
// under a Content-Security-Policy without 'unsafe-inline' or 'unsafe-eval'.
import Chart from 'chart.js/auto';

function draw(canvas) {
  const chart = JSON.parse(canvas.dataset.chart);
  const stacked = chart.stacked ? { stacked: true } : {};
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.series.map((series) => ({ label: series.label, data: series.data })),
    },
    options: {
      // Drawn at once: no animation to wait for, nor to distract.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: chart.horizontal ? 'y' : 'x',
      scales: {
        x: { ...stacked, beginAtZero: true },
        y: { ...stacked, beginAtZero: true },
      },
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
