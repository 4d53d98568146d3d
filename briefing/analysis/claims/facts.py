"""placeholder"""
from dataclasses import dataclass
@dataclass(frozen=True)
class FactGroup: pass
def same_fact_groups(a): return []
