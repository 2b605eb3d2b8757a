"""The tutorial's program in PyTorch, timed: 784-64-64-64-10 with Adam (lr 0.001), batch 15,
shuffled by a DataLoader, on MNIST read from the IDX folder given as the first argument; the test
accuracy after each epoch. Prints one JSON object: seconds and accuracy per epoch, threads,
version. Used by `deno task bench` when PyTorch is installed (Debian's python3-torch); the course
never needs it.

Usage: bench_torch.py FOLDER [--epochs N] [--seed N]"""

import argparse
import json
import os
import time

import numpy as np
import torch
from torch import nn


def read_idx(path):
    with open(path, "rb") as file:
        data = file.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def read_split(folder, prefix):
    images = read_idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte"))
    labels = read_idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte"))
    return (torch.tensor(images, dtype=torch.float32).view(-1, 784) / 255,
            torch.tensor(labels, dtype=torch.int64))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 64)
        self.fc2 = nn.Linear(64, 64)
        self.fc3 = nn.Linear(64, 64)
        self.fc4 = nn.Linear(64, 10)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        x = torch.relu(self.fc2(x))
        x = torch.relu(self.fc3(x))
        return torch.log_softmax(self.fc4(x), dim=1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    # Use every core, as the course's fast engine does (PyTorch may default to fewer).
    torch.set_num_threads(os.cpu_count() or 1)
    images, labels = read_split(args.folder, "train")
    test_images, test_labels = read_split(args.folder, "t10k")
    torch.manual_seed(args.seed)
    net = Net()
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    loader = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(images, labels), batch_size=15, shuffle=True)
    seconds, accuracy = [], []
    for _ in range(args.epochs):
        start = time.perf_counter()
        for x, y in loader:
            net.zero_grad()
            loss = nn.functional.nll_loss(net(x), y)
            loss.backward()
            optimizer.step()
        seconds.append(time.perf_counter() - start)
        with torch.no_grad():
            correct = (net(test_images).argmax(dim=1) == test_labels).sum().item()
        accuracy.append(correct / len(test_labels))
    print(json.dumps({"secondsPerEpoch": seconds, "accuracyPerEpoch": accuracy,
                      "threads": torch.get_num_threads(), "version": torch.__version__}))


if __name__ == "__main__":
    main()
