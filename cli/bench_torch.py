"""The tutorial's program in PyTorch, timed: one epoch of 784-64-64-64-10 with Adam (lr 0.001),
batch 15, shuffled, on MNIST read from the IDX folder given as the only argument. Prints one JSON
object: seconds per epoch, threads, version. Used by `deno task bench` when PyTorch is installed
(Debian's python3-torch); the course never needs it."""

import json
import os
import sys
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
    folder = sys.argv[1]
    # Use every core, as the course's fast engine does (PyTorch may default to fewer).
    torch.set_num_threads(os.cpu_count() or 1)
    images = torch.tensor(read_idx(os.path.join(folder, "train-images-idx3-ubyte")),
                          dtype=torch.float32).view(-1, 784) / 255
    labels = torch.tensor(read_idx(os.path.join(folder, "train-labels-idx1-ubyte")),
                          dtype=torch.int64)
    torch.manual_seed(0)
    net = Net()
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    loader = torch.utils.data.DataLoader(
        torch.utils.data.TensorDataset(images, labels), batch_size=15, shuffle=True)
    start = time.perf_counter()
    for x, y in loader:
        net.zero_grad()
        loss = nn.functional.nll_loss(net(x), y)
        loss.backward()
        optimizer.step()
    seconds = time.perf_counter() - start
    print(json.dumps({"secondsPerEpoch": seconds, "threads": torch.get_num_threads(),
                      "version": torch.__version__}))


if __name__ == "__main__":
    main()
