"""Gradient-boosted regression trees for Lede's speaker ranker (numpy; see train-ranker.py).

Each example is one quotation's choices (its candidate speakers and the option of none), each a
list of (feature, value); the loss is the conditional logit's, as for the linear model: minus
the log of the softmax probability of the right choices. Every round fits one complete tree of
DEPTH levels to the loss's gradient by Newton steps (LightGBM's softmax approximation of the
Hessian, p (1 - p)), with an L2 penalty LAMBDA on the leaves and a learning rate RATE.

A split asks whether a feature's value exceeds a threshold (a missing feature is 0). The
thresholds are the midpoints between the values a feature takes on the examples (at most
THRESHOLDS of them), so splits are indicators, found for a whole level at once by summing the
gradient over the indicators each candidate has. Nothing is random: the same examples give the
same trees. The trees are written as SpeakerRanker's TreeEnsemble.swift reads them.
"""
import numpy as np

DEPTH = 4
RATE = 0.2
LAMBDA = 1.0
MIN_HESSIAN = 1.0
THRESHOLDS = 16


def usable(feature):
    """Whether trees may split on `feature`: not on the linear model's pairs (`a^b`), which
    a tree makes of its own splits."""
    return "^" not in feature


def splits_of(choices):
    """The candidate splits (feature, threshold), in name then threshold order, for the values
    the features take in `choices` (lists of (feature, value))."""
    values = {}
    for choice in choices:
        for feature, value in choice:
            if usable(feature):
                values.setdefault(feature, set()).add(value)
    splits = []
    for feature in sorted(values):
        taken = sorted(values[feature] | {0.0})
        middles = [round((a + b) / 2, 6) for a, b in zip(taken, taken[1:])]
        if len(middles) > THRESHOLDS:
            middles = [middles[i * len(middles) // THRESHOLDS] for i in range(THRESHOLDS)]
        splits += [(feature, t) for t in middles]
    return splits


class Table:
    """The examples as a table: for each choice (row), the splits it goes right at, and where
    each example's rows start."""

    def __init__(self, examples, splits):
        by_feature = {}
        for column, (feature, threshold) in enumerate(splits):
            by_feature.setdefault(feature, []).append((column, threshold))
        rows, columns, starts, labels = [], [], [], []
        row = 0
        for choices, right in examples:
            starts.append(row)
            for choice, label in zip(choices, right):
                for feature, value in choice:
                    for column, threshold in by_feature.get(feature, ()):
                        if value > threshold:
                            rows.append(row)
                            columns.append(column)
                labels.append(1.0 if label else 0.0)
                row += 1
        self.size = row
        self.width = len(splits)
        self.rows = np.array(rows, dtype=np.int64)
        self.columns = np.array(columns, dtype=np.int64)
        self.starts = np.array(starts, dtype=np.int64)
        self.labels = np.array(labels)
        # Each (row, split) a row goes right at, as one sorted key, to look up.
        self.keys = np.append(np.sort(self.rows * self.width + self.columns), -1)

    def goes_right(self, rows, columns):
        """For each pair, whether the row goes right at the split (a column below 0 sends all left)."""
        keys = rows * self.width + np.maximum(columns, 0)
        found = np.minimum(np.searchsorted(self.keys[:-1], keys), len(self.keys) - 1)
        return (columns >= 0) & (self.keys[found] == keys)


def gradients(table, scores):
    """The loss's gradient and Hessian approximation by row."""
    sizes = np.diff(np.append(table.starts, table.size))
    top = np.maximum.reduceat(scores, table.starts)
    exps = np.exp(scores - np.repeat(top, sizes))
    p = exps / np.repeat(np.add.reduceat(exps, table.starts), sizes)
    right = np.repeat(np.add.reduceat(p * table.labels, table.starts), sizes)
    return p - p * table.labels / right, np.maximum(p * (1 - p), 1e-6)


def grow(table, gradient, hessian):
    """One tree: its splits level by level (column, or -1 for none), and its leaves."""
    node = np.zeros(table.size, dtype=np.int64)
    splits = []
    all_rows = np.arange(table.size)
    for level in range(DEPTH):
        count = 2 ** level
        keys = node[table.rows] * table.width + table.columns
        right_g = np.bincount(keys, weights=gradient[table.rows], minlength=count * table.width).reshape(count, table.width)
        right_h = np.bincount(keys, weights=hessian[table.rows], minlength=count * table.width).reshape(count, table.width)
        g = np.bincount(node, weights=gradient, minlength=count)[:, None]
        h = np.bincount(node, weights=hessian, minlength=count)[:, None]
        left_g, left_h = g - right_g, h - right_h
        gain = right_g ** 2 / (right_h + LAMBDA) + left_g ** 2 / (left_h + LAMBDA) - g ** 2 / (h + LAMBDA)
        gain[(right_h < MIN_HESSIAN) | (left_h < MIN_HESSIAN)] = -1
        best = gain.argmax(axis=1)
        columns = np.where(gain[np.arange(count), best] > 1e-9, best, -1)
        splits += columns.tolist()
        node = 2 * node + table.goes_right(all_rows, columns[node])
    g = np.bincount(node, weights=gradient, minlength=2 ** DEPTH)
    h = np.bincount(node, weights=hessian, minlength=2 ** DEPTH)
    leaves = np.round(-RATE * g / (h + LAMBDA), 6)
    return splits, leaves


def apply(tree, table):
    """The leaf value each row of `table` reaches in `tree`."""
    splits, leaves = tree
    node = np.zeros(table.size, dtype=np.int64)
    rows = np.arange(table.size)
    start = 0
    columns = np.array(splits)
    for level in range(DEPTH):
        node = 2 * node + table.goes_right(rows, columns[start + node])
        start += 2 ** level
    return leaves[node]


def boost(train, rounds, held_out=None, checkpoints=()):
    """`rounds` trees fitted on `train`; with `held_out`, also its scores after each of
    `checkpoints` rounds, by round."""
    scores = np.zeros(train.size)
    held = np.zeros(held_out.size) if held_out is not None else None
    trees, seen = [], {}
    for n in range(rounds):
        tree = grow(train, *gradients(train, scores))
        trees.append(tree)
        scores += apply(tree, train)
        if held_out is not None:
            held += apply(tree, held_out)
            if n + 1 in checkpoints:
                seen[n + 1] = held.copy()
    return trees, seen


def written(trees, splits):
    """The trees as the weights file holds them (TreeEnsemble.swift)."""
    return [{"splits": [None if c < 0 else {"feature": splits[c][0], "threshold": splits[c][1]} for c in columns],
             "leaves": [float(v) for v in leaves]} for columns, leaves in trees]
