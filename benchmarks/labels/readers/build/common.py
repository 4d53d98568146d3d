import datetime as dt, re, html

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
AP_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.',
          'Nov.', 'Dec.']
ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(iso):
    return dt.date.fromisoformat(iso[:10])


def long_date(iso):          # March 5, 2015
    d = D(iso); return f'{MONTHS[d.month-1]} {d.day}, {d.year}'


def ap_date(iso):            # Feb. 9, 2016
    d = D(iso); return f'{AP_MON[d.month-1]} {d.day}, {d.year}'


def abbr_date(iso):          # Feb 9, 2016
    d = D(iso); return f'{ABBR[d.month-1]} {d.day}, {d.year}'


def dmy(iso):                # 5 May 2015
    d = D(iso); return f'{d.day} {MONTHS[d.month-1]} {d.year}'


def mdy_slash(iso):          # 07/29/2016
    d = D(iso); return f'{d.month:02d}/{d.day:02d}/{d.year}'


def weekday_date(iso):       # Tuesday, November 24, 2015
    d = D(iso); return f'{d.strftime("%A")}, {long_date(iso)}'


def nexis_date(iso):         # February 25, 2016 Thursday
    d = D(iso); return f'{long_date(iso)} {d.strftime("%A")}'


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def slug(s, n=60):
    s = re.sub(r'[’\'"‘“”]', '', s.lower())
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s[:n].rstrip('-')


def words_of(text):
    return text.split()


def first_words(paras, n=8):
    return ' '.join(' '.join(paras).split()[:n])


def last_words(paras, n=8):
    return ' '.join(' '.join(paras).split()[-n:])


def word_count(paras):
    return len(' '.join(paras).split())
