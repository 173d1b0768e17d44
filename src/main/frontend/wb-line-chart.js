// Line chart for trends (Apache ECharts, Apache-2.0), rendered as SVG into the given element.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

window.wbRenderLineChart = (element, json) => {
  const option = JSON.parse(json);
  let chart = echarts.getInstanceByDom(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'svg' });
    new ResizeObserver(() => chart.resize()).observe(element);
  }
  chart.setOption(option, true);
  element.setAttribute('data-rendered', 'true');
};
