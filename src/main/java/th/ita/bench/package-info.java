/** Benchmarks that print comparable numbers: each measures a baseline in the same run, since machines are noisy. */
package th.ita.bench;
