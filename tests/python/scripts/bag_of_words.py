"""A bag-of-embeddings text classifier on a toy vocabulary."""
import torch
import torch.nn as nn

vocab = {w: i for i, w in enumerate("<pad> good great fine bad awful poor movie plot the was".split())}
sentences = [("the movie was great", 1), ("the plot was awful", 0), ("good movie", 1), ("bad plot", 0),
             ("the movie was fine", 1), ("poor movie", 0), ("great plot", 1), ("the plot was bad", 0)]


def encode(s, length=4):
    ids = [vocab[w] for w in s.split()]
    return ids + [0] * (length - len(ids))


X = torch.tensor([encode(s) for s, _ in sentences])
y = torch.tensor([label for _, label in sentences])
print(X.shape, X.dtype, y)


class BagOfWords(nn.Module):
    def __init__(self, n_words, dim=5):
        super().__init__()
        self.emb = nn.Embedding(n_words, dim, padding_idx=0)
        self.out = nn.Linear(dim, 2)

    def forward(self, ids):
        mask = (ids != 0).float().unsqueeze(-1)
        summed = (self.emb(ids) * mask).sum(dim=1)
        return self.out(summed / mask.sum(dim=1))


model = BagOfWords(len(vocab))
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(0.3 * torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.77 + i).reshape(p.shape))
    model.emb.weight[0].fill_(0.0)
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(50):
    opt.zero_grad()
    logits = model(X)
    loss = loss_fn(logits, y)
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print("epoch", epoch, "loss %.5f" % loss.item())
print(model.emb.weight.grad[0])
with torch.no_grad():
    test = torch.tensor([encode("great movie"), encode("awful plot")])
    print(model(test).softmax(dim=1))
    print(model(test).argmax(dim=1))
