package ace.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Concept weights (inverse document frequency over all items) and the cosine similarity of
 * two items' concept sets: rare shared concepts (BSL-3, African swine fever) say more than
 * common ones (training).
 */
final class Concepts {

    private final double[] weight;

    Concepts(int size, List<int[]> documents) {
        int[] frequency = new int[size];
        for (int[] concepts : documents) {
            for (int c : concepts) {
                frequency[c]++;
            }
        }
        weight = new double[size];
        for (int c = 0; c < size; c++) {
            weight[c] = Math.log(1 + (double) documents.size() / (1 + frequency[c]));
        }
    }

    double cosine(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                dot += weight[a[i]] * weight[a[i]];
                i++;
                j++;
            }
            else if (a[i] < b[j]) {
                i++;
            }
            else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private double norm(int[] concepts) {
        double sum = 0;
        for (int c : concepts) {
            sum += weight[c] * weight[c];
        }
        return Math.sqrt(sum);
    }

    List<Integer> sharedByWeight(int[] a, int[] b) {
        List<Integer> shared = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared.add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j]) {
                i++;
            }
            else {
                j++;
            }
        }
        shared.sort(Comparator.comparingDouble((Integer c) -> weight[c]).reversed());
        return shared;
    }

    double weight(int concept) {
        return weight[concept];
    }
}
