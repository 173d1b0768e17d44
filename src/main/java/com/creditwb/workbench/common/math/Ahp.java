package com.creditwb.workbench.common.math;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The analytic hierarchy process (层次分析法, Saaty): weights from a pairwise-comparison matrix on the
 * 1–9 scale by the eigenvector method (本征向量法) — the principal eigenvector normalised to sum 1 —
 * with λmax, the consistency index CI = (λmax − n)/(n − 1), Saaty's random index RI for the order and
 * the consistency ratio CR = CI/RI; a matrix with CR ≥ 0.10 is inconsistent, and the comparison that
 * departs most from the weights (largest a_ij·w_j/w_i or its inverse) is pointed out. Plain Java.
 */
public final class Ahp {

    /** Saaty's random consistency index for n = 1 … 15. */
    static final double[] RI = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    public static final double CR_LIMIT = 0.10;
    public static final int MAX_ORDER = 15;
    public static final double SCALE_MAX = 9;
    public static final double SCALE_MIN = 1.0 / 9;

    /**
     * @param worstRow 0-based row of the most inconsistent comparison (-1 for n ≤ 2)
     * @param worstColumn its column; the matrix's entry there departs most from w_i/w_j
     */
    public record Result(double[] weights, double lambdaMax, double ci, double ri, double cr, boolean consistent,
            int worstRow, int worstColumn) {
    }

    /** Why a matrix is refused: not square, a value not positive, or a_ji not 1/a_ij within 1 %. */
    public static final class InvalidMatrixException extends IllegalArgumentException {
        private final String code;
        private final transient Object[] args;

        InvalidMatrixException(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public Object[] args() {
            return args;
        }
    }

    private Ahp() {
    }

    /** The full matrix from its upper triangle, row by row (a12, a13, …, a23, …); reciprocals filled in. */
    public static double[][] fromUpper(double[] upper) {
        if (upper.length > MAX_ORDER * (MAX_ORDER - 1) / 2) {
            throw new InvalidMatrixException("order", upper.length, MAX_ORDER);
        }
        int n = 1;
        while (n * (n - 1) / 2 < upper.length) {
            n++;
        }
        if (n * (n - 1) / 2 != upper.length) {
            throw new InvalidMatrixException("upperLength", upper.length);
        }
        double[][] m = new double[n][n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                m[i][j] = upper[k++];
                m[j][i] = 1 / m[i][j];
            }
        }
        return m;
    }

    public static Result weigh(double[][] matrix) {
        int n = validate(matrix);
        if (n == 1) {
            return new Result(new double[] {1}, 1, 0, 0, 0, true, -1, -1);
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(matrix, true));
        double[] real = eigen.getRealEigenvalues();
        int principal = 0;
        for (int i = 1; i < real.length; i++) {
            if (real[i] > real[principal]) {
                principal = i;
            }
        }
        RealVector v = eigen.getEigenvector(principal);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(v.getEntry(i));
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.abs(v.getEntry(i)) / sum;
        }
        double lambdaMax = real[principal];
        double ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
        double ri = RI[n];
        double cr = ri == 0 ? 0 : ci / ri;
        int worstRow = -1;
        int worstColumn = -1;
        double worst = 1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ratio = matrix[i][j] * w[j] / w[i];
                double departure = Math.max(ratio, 1 / ratio);
                if (departure > worst + 1e-9) {
                    worst = departure;
                    worstRow = i;
                    worstColumn = j;
                }
            }
        }
        return new Result(w, lambdaMax, ci, ri, cr, cr < CR_LIMIT, worstRow, worstColumn);
    }

    private static int validate(double[][] m) {
        int n = m == null ? 0 : m.length;
        if (n == 0 || n > MAX_ORDER) {
            throw new InvalidMatrixException("order", n, MAX_ORDER);
        }
        for (double[] row : m) {
            if (row == null || row.length != n) {
                throw new InvalidMatrixException("notSquare");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!(m[i][j] > 0) || Double.isInfinite(m[i][j])) {
                    throw new InvalidMatrixException("notPositive", i + 1, j + 1);
                }
                // Saaty's scale: 1/9 … 9 (1 % leeway for rounded reciprocals such as 0.111)
                if (m[i][j] < SCALE_MIN * 0.99 || m[i][j] > SCALE_MAX * 1.01) {
                    throw new InvalidMatrixException("scale", i + 1, j + 1);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(m[i][i] - 1) > 0.01) {
                throw new InvalidMatrixException("notReciprocal", i + 1, i + 1);
            }
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(m[i][j] * m[j][i] - 1) > 0.01) {
                    throw new InvalidMatrixException("notReciprocal", i + 1, j + 1);
                }
            }
        }
        return n;
    }
}
