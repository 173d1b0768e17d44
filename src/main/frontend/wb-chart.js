// Charts (Apache ECharts, Apache-2.0): line, bar, radar and scatter, rendered as SVG into the given element.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, RadarComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, RadarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent,
  RadarComponent, SVGRenderer]);

window.wbRenderChart = (element, json) => {
  const option = JSON.parse(json);
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'svg' });
    new ResizeObserver(() => chart.resize()).observe(element);
    chart.on('click', (p) => {
      if (p.data && p.data.url) {
        window.location.assign(p.data.url);
      }
    });
  }
  chart.setOption(option, true);
  element.setAttribute('data-rendered', 'true');
};
