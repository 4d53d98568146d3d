from labels_seeds import SEEDS
from labels_basil import BASIL
from labels_polnear import POLNEAR
ARTICLES = SEEDS + BASIL + POLNEAR
