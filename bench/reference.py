#!/usr/bin/env python3
"""The standard workloads of `mlp-sandbox bench`, hand-written in NumPy (and in PyTorch), for comparison.

  digits      784-100-10, sigmoid hidden, softmax + cross-entropy, batch 32, plain SGD, 10,000 synthetic samples
  playground  2-8-8-1, tanh hidden, sigmoid + log-loss, batch 10, plain SGD, 500 points
  digits-60k  the digits network on 60,000 samples (the size of MNIST's training set)

Each epoch does what MLP Sandbox's Trainer does: shuffle, gather each batch, forward, loss, backward, update.
After a warm-up of half the timed seconds, whole epochs run until the timed seconds have passed.
Prints JSON in the shape of `mlp-sandbox bench --json`.

    python3 reference.py --framework numpy --dtype float64 [--seconds 3] [--quick] [--workload digits,playground]
    python3 reference.py --framework torch --dtype float32 --threads 1

NumPy's threads are OpenBLAS's: set OPENBLAS_NUM_THREADS in the environment (bench/compare.sh does); the report
names the OpenBLAS kernel set in use (threadpoolctl when installed, else asked of the library through ctypes).
"""
import argparse
import json
import os
import platform
import time

import numpy as np

SEED = 42


def digits_data(samples, dtype):
    rng = np.random.default_rng(SEED)
    x = rng.random((samples, 784)).astype(dtype)
    y = np.zeros((samples, 10), dtype=dtype)
    y[np.arange(samples), rng.integers(0, 10, samples)] = 1
    return x, y


def circle_data(samples, dtype):
    """Two classes as in the engine's circle: inside radius 2.5 against a ring from 3.5 to 5, noise 0.1."""
    rng = np.random.default_rng(SEED)
    label = np.arange(samples) % 2
    r = np.where(label == 1, rng.uniform(0, 2.5, samples), rng.uniform(3.5, 5, samples))
    angle = rng.uniform(0, 2 * np.pi, samples)
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1) + 0.1 * rng.standard_normal((samples, 2))
    return x.astype(dtype), label.reshape(-1, 1).astype(dtype)


def xavier(rng, fan_out, fan_in, dtype):
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, (fan_out, fan_in)).astype(dtype)


class NumpyDigits:
    """784-100-10: sigmoid, softmax, categorical cross-entropy."""

    def __init__(self, dtype, lr=0.1):
        rng = np.random.default_rng(SEED)
        self.w1, self.b1 = xavier(rng, 100, 784, dtype), np.zeros(100, dtype)
        self.w2, self.b2 = xavier(rng, 10, 100, dtype), np.zeros(10, dtype)
        self.lr = dtype(lr)

    def step(self, x, t):
        m = x.shape[0]
        a1 = 1 / (1 + np.exp(-(x @ self.w1.T + self.b1)))
        z2 = a1 @ self.w2.T + self.b2
        e = np.exp(z2 - z2.max(axis=1, keepdims=True))
        a2 = e / e.sum(axis=1, keepdims=True)
        loss = -np.sum(t * np.log(np.maximum(a2, 1e-12))) / m
        d2 = (a2 - t) / m
        d1 = (d2 @ self.w2) * a1 * (1 - a1)
        self.w2 -= self.lr * (d2.T @ a1)
        self.b2 -= self.lr * d2.sum(axis=0)
        self.w1 -= self.lr * (d1.T @ x)
        self.b1 -= self.lr * d1.sum(axis=0)
        return loss


class NumpyPlayground:
    """2-8-8-1: tanh, tanh, sigmoid, log-loss."""

    def __init__(self, dtype, lr=0.03):
        rng = np.random.default_rng(SEED)
        self.w1, self.b1 = xavier(rng, 8, 2, dtype), np.zeros(8, dtype)
        self.w2, self.b2 = xavier(rng, 8, 8, dtype), np.zeros(8, dtype)
        self.w3, self.b3 = xavier(rng, 1, 8, dtype), np.zeros(1, dtype)
        self.lr = dtype(lr)

    def step(self, x, t):
        m = x.shape[0]
        a1 = np.tanh(x @ self.w1.T + self.b1)
        a2 = np.tanh(a1 @ self.w2.T + self.b2)
        a3 = 1 / (1 + np.exp(-(a2 @ self.w3.T + self.b3)))
        p = np.clip(a3, 1e-12, 1 - 1e-12)
        loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
        d3 = (a3 - t) / m
        d2 = (d3 @ self.w3) * (1 - a2 * a2)
        d1 = (d2 @ self.w2) * (1 - a1 * a1)
        self.w3 -= self.lr * (d3.T @ a2)
        self.b3 -= self.lr * d3.sum(axis=0)
        self.w2 -= self.lr * (d2.T @ a1)
        self.b2 -= self.lr * d2.sum(axis=0)
        self.w1 -= self.lr * (d1.T @ x)
        self.b1 -= self.lr * d1.sum(axis=0)
        return loss


def numpy_epoch(model, x, y, batch, rng):
    order = rng.permutation(x.shape[0])
    steps = 0
    for start in range(0, x.shape[0], batch):
        idx = order[start:start + batch]
        model.step(x[idx], y[idx])
        steps += 1
    return steps


def torch_workload(name, x, y, batch, dtype):
    import torch
    torch.manual_seed(SEED)
    tdtype = torch.float32 if dtype == np.float32 else torch.float64
    xt, yt = torch.from_numpy(x).to(tdtype), torch.from_numpy(y).to(tdtype)
    if name == "digits":
        model = torch.nn.Sequential(torch.nn.Linear(784, 100), torch.nn.Sigmoid(), torch.nn.Linear(100, 10))
        labels = yt.argmax(dim=1)
        loss_fn = lambda out, idx: torch.nn.functional.cross_entropy(out, labels[idx])
        lr = 0.1
    else:
        model = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 8), torch.nn.Tanh(),
                                    torch.nn.Linear(8, 1))
        loss_fn = lambda out, idx: torch.nn.functional.binary_cross_entropy_with_logits(out, yt[idx])
        lr = 0.03
    model = model.to(tdtype)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(SEED)

    def epoch():
        order = torch.randperm(xt.shape[0], generator=generator)
        steps = 0
        for start in range(0, xt.shape[0], batch):
            idx = order[start:start + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(xt[idx]), idx)
            loss.backward()
            optimizer.step()
            steps += 1
        return steps

    return epoch


def blas_in_use():
    """The BLAS library this process has loaded (Linux), e.g. "openblas-pthread/libblas.so.3"; else "BLAS unknown"."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps
                     if "blas" in line.lower() and "lapack" not in line.lower() and "/" in line}
    except OSError:
        return "BLAS unknown"
    names = sorted("/".join(p.split("/")[-2:]) for p in paths)
    return ", ".join(names) if names else "BLAS unknown"


def openblas_config():
    """OpenBLAS's version, kernel set ("core") and threads in this process, e.g. "OpenBLAS 0.3.21 Cooperlake, 1 thread"."""
    try:
        from threadpoolctl import threadpool_info
        for lib in threadpool_info():
            if lib.get("internal_api") == "openblas":
                threads = lib.get("num_threads")
                return "OpenBLAS %s %s, %s thread%s" % (lib.get("version"), lib.get("architecture"), threads,
                                                       "" if threads == 1 else "s")
    except ImportError:
        pass
    try:
        import ctypes
        with open("/proc/self/maps") as maps:
            paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line})
        for path in paths:
            lib = ctypes.CDLL(path)
            for prefix, suffix in (("openblas_", ""), ("scipy_openblas_", "64_"), ("scipy_openblas_", "")):
                try:
                    corename = getattr(lib, prefix + "get_corename" + suffix)
                    threads = getattr(lib, prefix + "get_num_threads" + suffix)
                except AttributeError:
                    continue
                corename.restype = ctypes.c_char_p
                n = threads()
                return "OpenBLAS %s, %d thread%s" % (corename().decode(), n, "" if n == 1 else "s")
    except OSError:
        pass
    return blas_in_use()


def measure(epoch, warm_seconds, timed_seconds):
    end = time.perf_counter() + warm_seconds
    while True:
        epoch()
        if time.perf_counter() >= end:
            break
    epochs = steps = 0
    start = time.perf_counter()
    end = start + timed_seconds
    while True:
        steps += epoch()
        epochs += 1
        now = time.perf_counter()
        if now >= end:
            break
    return epochs, steps, now - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--framework", choices=["numpy", "torch"], default="numpy")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float64")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--threads", type=int, default=0, help="PyTorch's intra-op threads (0: its default)")
    parser.add_argument("--workload", default="digits,playground,digits-60k",
                        help="comma-separated: digits, playground, digits-60k")
    args = parser.parse_args()
    wanted = args.workload.split(",")
    if args.framework == "torch" and args.threads > 0:
        import torch
        torch.set_num_threads(args.threads)
    dtype = np.float32 if args.dtype == "float32" else np.float64
    timed = min(args.seconds, 0.1) if args.quick else args.seconds

    results = []
    for name, batch, samples in (("digits", 32, 2000 if args.quick else 10000), ("playground", 10, 500),
                                 ("digits-60k", 32, 2000 if args.quick else 60000)):
        if name not in wanted:
            continue
        digits = name != "playground"
        x, y = digits_data(samples, dtype) if digits else circle_data(samples, dtype)
        if args.framework == "numpy":
            model = NumpyDigits(dtype) if digits else NumpyPlayground(dtype)
            rng = np.random.default_rng(SEED)
            epoch = lambda: numpy_epoch(model, x, y, batch, rng)
        else:
            epoch = torch_workload("digits" if digits else name, x, y, batch, dtype)
        epochs, steps, seconds = measure(epoch, timed / 2, timed)
        results.append({
            "name": name, "network": "784-100-10" if digits else "2-8-8-1", "batch": batch,
            "samples": samples, "epochs": epochs, "steps": steps, "seconds": seconds,
            "samplesPerSecond": epochs * samples / seconds, "stepsPerSecond": steps / seconds,
            "msPerEpoch": seconds * 1000 / epochs,
        })

    if args.framework == "torch":
        import torch
        threads = torch.get_num_threads()
        config = str(threads) + " thread" + ("s" if threads != 1 else "")
        version = "PyTorch " + torch.__version__ + " (" + config + ")"
    else:
        config = openblas_config()
        version = "NumPy " + np.__version__ + " with " + blas_in_use() + " (" + config + ")"
    print(json.dumps({
        "tool": args.framework + " " + args.dtype,
        "config": config,
        "machine": version + ", Python " + platform.python_version() + ", " + platform.system() + " "
                   + platform.machine() + ", " + str(os.cpu_count()) + " CPUs",
        "quick": args.quick,
        "workloads": results,
    }, indent=2))


if __name__ == "__main__":
    main()
