// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { loadLanguage } from '../../src/i18n/i18n';
import './setup';
import App from '../../src/pages/App.svelte';
import { AppState, appContext } from '../../src/state/app.svelte';
import { parseLink } from '../../src/state/url';

beforeAll(async () => {
  await loadLanguage('en');
  await loadLanguage('zh');
});

/**
 * mountWith(query): the page as a reader opens it. The explorer's code loads on its own (jsdom has no
 * IntersectionObserver, so at once), and so do the efficiency panel and the story's first chart.
 */
async function mountWith(query: string) {
  const app = new AppState(parseLink(query));
  const r = render(App, { context: appContext(app) });
  // The first one compiles the explorer's code, compare mode and the classroom included: seconds on a busy machine.
  await screen.findByTestId('cost-per-mtok', {}, { timeout: 12_000 });
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 5)));
  flushSync();
  return { app, ...r };
}

const costUsd = () => Number(screen.getByTestId('cost-per-mtok').getAttribute('data-usd'));
const range = (name: string) => document.querySelector<HTMLInputElement>(`input[type=range][name=${name}]`)!;

describe('the explorer, rendered', () => {
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(() => cleanup());

  it('shows the default cost per million tokens: $0.431 (worked in test/unit/cost.test.ts)', async () => {
    await mountWith('lang=en');
    // The $2.35 cloud rent includes power: hourly 2.35 + 0.05 = 2.40; / 5.56668 M tokens.
    expect(costUsd()).toBeCloseTo(2.4 / 5.56668, 6);
    expect(screen.getByTestId('cost-per-mtok').textContent).toBe('$0.431');
    expect(Number(screen.getByTestId('share-electricity').getAttribute('data-value'))).toBeCloseTo(0.0695455 / 2.4, 6);
    expect(screen.getByTestId('power-note').textContent).toContain('$0.0695 of each hour’s rent pays for it');
  });

  it('moving the rent slider to $4.70 moves the figure to the new rent, power still inside it', async () => {
    await mountWith('lang=en');
    await fireEvent.input(range('rent'), { target: { value: '4.7' } });
    flushSync();
    // hourly = 4.70 + 0.05 = 4.75; / 5.56668 M tokens
    expect(costUsd()).toBeCloseTo(4.75 / 5.56668, 6);
    expect(screen.getByTestId('cost-per-mtok').textContent).toBe('$0.853');
    expect(range('rent').getAttribute('aria-valuetext')).toBe('$4.70 per GPU-hour');
  });

  it('typing an out-of-range electricity price clamps it and says so', async () => {
    await mountWith('lang=en');
    const box = document.getElementById('elec-typed') as HTMLInputElement;
    await fireEvent.input(box, { target: { value: '9' } });
    await fireEvent.change(box);
    flushSync();
    expect(screen.getByText('9 is outside the allowed range; set to 0.5.')).toBeTruthy();
    // Power inside the rent: the total stays 2.40 / 5.56668; of the rent, 1.6575 kW × $0.5 = $0.82875/h pays for power.
    expect(costUsd()).toBeCloseTo(2.4 / 5.56668, 6);
    expect(Number(screen.getByTestId('share-electricity').getAttribute('data-value'))).toBeCloseTo(0.82875 / 2.4, 6);
    // Billed on top, as in colocation, the same price adds to the bill.
    await fireEvent.click(screen.getByLabelText('Billed on top'));
    flushSync();
    expect(costUsd()).toBeCloseTo((2.35 + 0.82875 + 0.05) / 5.56668, 6);
  });

  it('switching to Chinese rewrites the page in Chinese and shows yuan', async () => {
    await mountWith('lang=en');
    await fireEvent.click(screen.getByRole('button', { name: '简体' }));
    await tick();
    await tick();
    flushSync();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('造一个词元要花多少钱？');
    expect(screen.getByTestId('cost-per-mtok').textContent).toBe('¥3.08');
    expect(range('elec').getAttribute('aria-valuetext')).toBe('¥0.30/千瓦时');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('picking the B200 sets its power, rent and tokens/s, and names the benchmark model', async () => {
    await mountWith('lang=en');
    const select = screen.getByLabelText('Accelerator') as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: 'b200' } });
    flushSync();
    // Power inside the spot rent: hourly 4.08 + 0.05 = 4.13; 6,920 × 3600 × 0.7 = 17.4384M tokens
    expect(costUsd()).toBeCloseTo(4.13 / 17.4384, 6);
    expect(screen.getByText(/Llama-3.3-70B FP4/, { selector: 'li' })).toBeTruthy();
  });
});

describe('energy figures', () => {
  // A test before may have left the address at #explorer (moving a control marks the place).
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(() => cleanup());
  it('shows tokens per kWh, joules per token and the break-even price for the defaults', async () => {
    await mountWith('lang=en');
    // Over paid hours, as the power bill is: 2,209 × 3600 × 0.7 / (1.275 × 1.3) = 3,358,480 tokens/kWh → "3.36M";
    // 1.6575 kWh × 3.6 MJ / 5,566,680 tokens = 1.07 J. Inside the rent, power equals the rest of it at half the
    // rent: $1.175 / 1.6575 kW = $0.709/kWh.
    expect(screen.getByTestId('energy').textContent).toContain('one kWh makes 3.36M output tokens, 1.07 J per output token');
    expect(screen.getByTestId('energy').textContent).toContain('at $0.709 per kWh');
  });
});
