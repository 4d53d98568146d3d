"""stub"""
from briefing.corpus.readers import Unreadable
NAME = "docx"
SUFFIXES = ()
def version(): return "0"
def sniff(head, name): return False
def read(data, name): raise Unreadable("not yet")
