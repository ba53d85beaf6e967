// Why B's tokens cost what they do against A's (issue 20): the gap in cost per million split among the
// inputs that differ, by Shapley values (Shapley 1953; Lundberg & Lee 2017 use the same for model
// attributions). Each input's share is its average effect when it is switched from A's value to B's,
// over every order the inputs could be switched in, so the shares add up exactly to the gap and do not
// depend on any order. The model is cheap, so every subset is evaluated: 2^n costs for n inputs. Pure.

/**
 * shapley(n, value): the n players' Shapley values for the game value(mask), where bit i of mask says
 * player i has switched to B. value(0) is A's cost, value(2^n − 1) B's; the values sum to their difference.
 */
export function shapley(n: number, value: (mask: number) => number): number[] {
  const full = 1 << n;
  const v = new Float64Array(full);
  for (let m = 0; m < full; m++) v[m] = value(m);
  // weight[s] = s!(n−s−1)!/n!: the share of orders in which exactly the s players of a subset come first.
  const fact = [1];
  for (let i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
  const weight = Array.from({ length: n }, (_, s) => (fact[s] * fact[n - s - 1]) / fact[n]);
  const bits = (m: number) => { let c = 0; for (let x = m; x; x &= x - 1) c++; return c; };
  const phi = new Array<number>(n).fill(0);
  for (let m = 0; m < full; m++) {
    const s = bits(m);
    for (let i = 0; i < n; i++) if (!(m & (1 << i))) phi[i] += weight[s] * (v[m | (1 << i)] - v[m]);
  }
  return phi;
}
