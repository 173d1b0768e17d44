package com.creditwb.workbench.common.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * AHP on matrices whose answers follow exactly from the method's definition (Saaty, The Analytic
 * Hierarchy Process, 1980: for a consistent matrix a_ij = w_i/w_j the principal eigenvector is w and
 * λmax = n; RI for n = 3 is 0.58). A published numeric example could not be looked up offline.
 */
class AhpTest {

    @Test
    void a_consistent_matrix_gives_back_its_weights_with_lambda_n_and_cr_zero() {
        double[] w = {0.5, 0.3, 0.2};
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = w[i] / w[j];
            }
        }
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()).containsExactly(new double[] {0.5, 0.3, 0.2}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(3.0, within(1e-9));
        assertThat(r.ci()).isCloseTo(0.0, within(1e-9));
        assertThat(r.ri()).isEqualTo(0.58);
        assertThat(r.consistent()).isTrue();
    }

    @Test
    void a_cyclic_matrix_is_inconsistent_and_its_worst_comparison_is_named() {
        // A beats B 9:1, B beats C 9:1, yet C beats A 9:1. By symmetry w = (1/3, 1/3, 1/3), and each
        // row of A·w is (1 + 9 + 1/9)/3, so λmax = 1 + 9 + 1/9 = 10.1111; CI = (10.1111 − 3)/2 = 3.5556;
        // CR = 3.5556 / 0.58 = 6.1303.
        double[][] m = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(10.111111, within(1e-5));
        assertThat(r.ci()).isCloseTo(3.555556, within(1e-5));
        assertThat(r.cr()).isCloseTo(6.130268, within(1e-5));
        assertThat(r.consistent()).isFalse();
        assertThat(r.worstRow()).isEqualTo(0);
        assertThat(r.worstColumn()).isEqualTo(1);
    }

    @Test
    void the_upper_triangle_is_enough_and_reciprocals_are_filled_in() {
        double[][] m = Ahp.fromUpper(new double[] {3, 5, 2});
        assertThat(m[1][0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m[2][0]).isCloseTo(0.2, within(1e-12));
        assertThat(m[2][1]).isCloseTo(0.5, within(1e-12));
        Ahp.Result r = Ahp.weigh(m);
        assertThat(r.weights()[0]).isGreaterThan(r.weights()[1]).isGreaterThan(r.weights()[2]);
        assertThat(r.weights()[0] + r.weights()[1] + r.weights()[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void matrices_that_are_not_square_positive_or_reciprocal_are_refused() {
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 2}, {0.5}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notSquare"));
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, -2}, {-0.5, 1}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notPositive"));
        assertThatThrownBy(() -> Ahp.weigh(new double[][] {{1, 2}, {0.6, 1}}))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("notReciprocal"));
        assertThat(Ahp.weigh(new double[][] {{1, 3}, {0.3333, 1}}).consistent()).as("1/3 as 0.3333 is within 1 %").isTrue();
        assertThatThrownBy(() -> Ahp.weigh(new double[16][16]))
                .isInstanceOfSatisfying(Ahp.InvalidMatrixException.class, e -> assertThat(e.code()).isEqualTo("order"));
    }
}
