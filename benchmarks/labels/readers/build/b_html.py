"""Saved news pages from seven hand-written site templates imitating how the real sites were built
(NYT, Fox News, HuffPost, Washington Post, WordPress (Breitbart / Western Journalism), USA TODAY /
Gannett, POLITICO). Article text is real; all page furniture (menus, banners, captions, comments)
is invented boilerplate."""
import json, datetime as dt
from zoneinfo import ZoneInfo
from picks import PICKS
from common import *
from truth import out, add, art

L = 'html'
NY = ZoneInfo('America/New_York')
POOL = json.load(open('/work/staging/readers/build/related_pool.json', encoding='utf-8'))


def stamp(iso, hh, mm):
    d = D(iso)
    return dt.datetime(d.year, d.month, d.day, hh, mm, tzinfo=NY)


def iso_t(t):
    return t.isoformat()


def ampm(t, dots=True):
    h = t.hour % 12 or 12
    s = 'a.m.' if t.hour < 12 else 'p.m.'
    if not dots:
        s = s.replace('.', '').upper()
    return f'{h}:{t.minute:02d} {s}'


def tzabbr(t):
    return t.tzname()  # EST / EDT


def related(outlet, n, seed):
    cand = [t for o, t in POOL if o == outlet] or [t for o, t in POOL]
    return [cand[(seed * 7 + i * 5) % len(cand)] for i in range(n)]


def jsonld(obj):
    return ('<script type="application/ld+json">' +
            json.dumps(obj, ensure_ascii=False, indent=None).replace('</', '<\\/') + '</script>')


def persons(authors):
    return [{'@type': 'Person', 'name': a} for a in authors]


def chunks(ps, n):
    return [ps[i:i + n] for i in range(0, len(ps), n)]


def P(p, cls=None):
    c = f' class="{cls}"' if cls else ''
    return f'<p{c}>{esc(p)}</p>'


# --------------------------------------------------------------------------------------------
# 1. NYT-like (React era, css-xxxx class names, StoryBodyCompanionColumn)
def t_nyt(a, t, seed, ld=True, kicker='Politics', print_line=True):
    rel = related('The New York Times', 4, seed)
    byline_html = ''
    if a.authors:
        links = ' and '.join(f'<a href="https://www.nytimes.com/by/{slug(x)}" class="css-n8ff4n e1jsehar0">'
                             f'<span class="css-1baulvz" itemprop="name">{esc(x)}</span></a>' for x in a.authors)
        byline_html = f'<p class="css-aknsld e1jsehar1" itemprop="author creator">By {links}</p>'
    meta_auth = ''.join([f'<meta data-rh="true" name="byl" content="By {attr(" and ".join(a.authors))}"/>\n'
                         if a.authors else ''])
    ldo = {'@context': 'https://schema.org', '@type': 'NewsArticle',
           'mainEntityOfPage': a.url or None, 'headline': a.title, 'datePublished': iso_t(t),
           'dateModified': iso_t(t + dt.timedelta(hours=2, minutes=13)),
           'image': {'@type': 'ImageObject', 'url': 'https://static01.nyt.com/images/photo/merlin-articleLarge.jpg'},
           'publisher': {'@type': 'NewsMediaOrganization', 'name': 'The New York Times',
                         'logo': {'@type': 'ImageObject', 'url': 'https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png'}}}
    if a.authors:
        ldo['author'] = persons(a.authors)
    if not a.url:
        del ldo['mainEntityOfPage']
    cols = []
    for i, grp in enumerate(chunks(a.paras, 4)):
        inner = '\n'.join(P(p, 'css-axufdj evys1bk0') for p in grp)
        ad = ('<div class="css-9tf9ac"><div id="story-ad-%d" class="ad story-ad">'
              '<p class="css-1n3lw8f">Advertisement</p></div>'
              '<a href="#after-story-ad-%d" class="css-1ly73wi">Continue reading the main story</a></div>' % (i + 1, i + 1)
              if i < 3 else '')
        cols.append(f'<div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">\n{inner}\n</div></div>\n{ad}')
    canon = f'<link data-rh="true" rel="canonical" href="{attr(a.url)}"/>\n' if a.url else ''
    ogurl = f'<meta data-rh="true" property="og:url" content="{attr(a.url)}"/>\n' if a.url else ''
    printed = (f'<div class="css-1u1cbr5 e1ppw5w20"><p>A version of this article appears in print on '
               f'{long_date(a.published)}, Section A, Page 14 of the New York edition with the headline: '
               f'{esc(a.title)}. <a href="https://www.nytimes.com/article-reprints">Order Reprints</a> | '
               f'<a href="https://www.nytimes.com/section/todayspaper">Today’s Paper</a> | '
               f'<a href="https://www.nytimes.com/subscription">Subscribe</a></p></div>' if print_line else '')
    html = f'''<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8"/>
<title data-rh="true">{esc(a.title)} - The New York Times</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="{attr(a.title)}"/>
{ogurl}<meta data-rh="true" property="og:image" content="https://static01.nyt.com/images/photo/merlin-facebookJumbo.jpg"/>
<meta data-rh="true" property="og:site_name" content="The New York Times"/>
<meta data-rh="true" property="article:published_time" content="{iso_t(t)}"/>
<meta data-rh="true" property="article:modified_time" content="{iso_t(t + dt.timedelta(hours=2, minutes=13))}"/>
<meta data-rh="true" property="article:section" content="U.S."/>
<meta data-rh="true" name="twitter:site" content="@nytimes"/>
{meta_auth}<meta data-rh="true" name="pdate" content="{D(a.published).strftime('%Y%m%d')}"/>
{canon}<link rel="stylesheet" href="https://g1.nyt.com/fonts/css/web-fonts.css"/>
{jsonld(ldo) if ld else ''}
<script>window.__preloadedData = {{"initialState":{{"viewer":{{"subscriber":false}}}}}};</script>
</head>
<body>
<div id="app"><div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr0">
<div id="gdpr-banner" class="css-1sy9x3h" role="dialog" aria-label="cookie consent">
<p class="css-11s2bus">We use cookies and similar methods to recognize visitors and remember their preferences. We also use them to measure ad campaign effectiveness, target ads and analyze site traffic.</p>
<button class="css-1fm3u1e" type="button">Accept</button> <a href="https://www.nytimes.com/privacy/cookie-policy">Manage Trackers</a>
</div>
<header class="css-1jxco98 e1m0pzr2">
<a class="css-nhjhh0" href="#site-content">Skip to content</a><a class="css-nhjhh0" href="#site-index">Skip to site index</a>
<nav class="css-1gcbgu5" aria-label="Main">
<ul class="css-1vxc2sl">
<li><a href="https://www.nytimes.com/section/world">World</a></li>
<li><a href="https://www.nytimes.com/section/us">U.S.</a></li>
<li><a href="https://www.nytimes.com/section/politics">Politics</a></li>
<li><a href="https://www.nytimes.com/section/nyregion">N.Y.</a></li>
<li><a href="https://www.nytimes.com/section/business">Business</a></li>
<li><a href="https://www.nytimes.com/section/opinion">Opinion</a></li>
<li><a href="https://www.nytimes.com/section/technology">Tech</a></li>
<li><a href="https://www.nytimes.com/section/science">Science</a></li>
<li><a href="https://www.nytimes.com/section/arts">Arts</a></li>
<li><a href="https://www.nytimes.com/section/books">Books</a></li>
</ul>
<a class="css-1kj7lfb" href="https://www.nytimes.com/subscription/multiproduct/lp8KQUS.html">Subscribe for $1 a week</a>
<a class="css-1kj7lfb" href="https://myaccount.nytimes.com/auth/login">Log In</a>
</nav>
</header>
</div>
<main id="site-content">
<div class="css-1aor85t" id="top-wrapper"><div id="top-slug" class="css-l9onyx"><p>Advertisement</p></div>
<a href="#after-top" class="css-1ly73wi">Supported by</a></div>
<article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-d92kif e1e1d0w40">
<p class="css-1vy2ikt e1h9rw201"><a href="https://www.nytimes.com/section/politics">{kicker}</a></p>
<h1 id="link-5f3a1f20" class="css-1j5ig2m e1h9rw200" data-testid="headline" itemprop="headline">{esc(a.title)}</h1>
<div class="css-1bnxwmn">{byline_html}
<ul class="css-1n7lz0x"><li><time class="css-1sbuyqj e16638kd3" datetime="{iso_t(t)}">{long_date(a.published)}</time></li></ul>
</div>
<div class="css-1ar16g6" role="toolbar" aria-label="Social Media Share buttons, Save button, and Comments Panel with current comment count">
<ul class="css-1rqgm4c"><li><button aria-label="Share on Facebook">Facebook</button></li><li><button aria-label="Share on Twitter">Twitter</button></li><li><button aria-label="Send by email">Email</button></li><li><button aria-label="Save article for reading later...">Save</button></li><li><button aria-label="More sharing options...">Share this article</button></li></ul>
</div>
<figure class="css-1v09gca" aria-label="media" role="group" itemprop="associatedMedia">
<div class="css-1xdhyk6"><img alt="" class="css-11cwn6f" src="https://static01.nyt.com/images/photo/merlin-articleLarge.jpg"/></div>
<figcaption class="css-1l44abu"><span class="css-16f3y1r e13ogyst0">A file photo used with this article.</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit</span><span>Stephen Crowley/The New York Times</span></span></figcaption>
</figure>
</header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
{chr(10).join(cols)}
</section>
<div class="bottom-of-article">
<div class="css-1jp38cr"><p class="css-1uo8t87">Sign up for The Morning newsletter from The New York Times</p>
<form class="css-1n5c0r8"><input type="email" placeholder="Email address"/><button>Sign Up</button></form></div>
{printed}
</div>
</article>
<aside class="css-1h6whtw" aria-label="More on NYTimes.com">
<h2 class="css-1xtghji">More on NYTimes.com</h2>
<ol>{''.join(f'<li><a href="https://www.nytimes.com/">{esc(r)}</a></li>' for r in rel)}</ol>
</aside>
<div id="comments-panel" class="css-comments">
<h3>Comments</h3><p>Readers shared their thoughts on this article. The comments section is closed.</p>
<div class="comment"><span class="author">MarkH, Boston</span><p>Thank you for laying this out so clearly; I had not seen this covered anywhere else.</p></div>
<div class="comment"><span class="author">Ellen R., Ohio</span><p>Recommend. The timeline at the end is what I was looking for.</p></div>
</div>
</main>
<footer role="contentinfo" class="css-1c5h1t7" id="site-index">
<nav><h2>Site Index</h2><ul>
<li><a href="https://www.nytimes.com/">© {D(a.published).year} The New York Times Company</a></li>
<li><a href="https://help.nytimes.com/hc/en-us/articles/115014792127-Copyright-notice">NYTCo</a></li>
<li><a href="https://help.nytimes.com/hc/en-us">Contact Us</a></li>
<li><a href="https://www.nytco.com/careers/">Work with us</a></li>
<li><a href="https://nytmediakit.com/">Advertise</a></li>
<li><a href="https://www.nytimes.com/privacy/cookie-policy#how-do-i-manage-trackers">Your Ad Choices</a></li>
<li><a href="https://www.nytimes.com/privacy">Privacy Policy</a></li>
<li><a href="https://help.nytimes.com/hc/en-us/articles/115014893428-Terms-of-service">Terms of Service</a></li>
<li><a href="https://spiderbites.nytimes.com">Site Map</a></li>
</ul></nav>
</footer>
</div>
</body>
</html>
'''
    furniture = ['Continue reading the main story', 'We use cookies and similar methods to recognize visitors',
                 'Sign up for The Morning newsletter from The New York Times', 'More on NYTimes.com',
                 'Stephen Crowley/The New York Times',
                 'Thank you for laying this out so clearly; I had not seen this covered anywhere else.']
    if print_line:
        furniture[2] = 'A version of this article appears in print on'
    return html, furniture


# --------------------------------------------------------------------------------------------
# 1b. NYT 2010 template, saved "Web page, complete" (relative *_files links)
def t_nyt2010_saved(a, t, seed):
    fdir = f'./{a.title} - NYTimes.com_files'.replace('"', '')
    rel = related('The New York Times', 5, seed)
    paras = '\n'.join(f'<p>\n{esc(p)}</p>' for p in a.paras)
    url_len = len(a.url)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({url_len:04d}){a.url} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a.title)} - NYTimes.com</title>
<meta name="robots" content="noarchive">
<meta name="description" content="{attr(' '.join(a.paras[0].split()[:25]))}">
<meta name="hdl" content="{attr(a.title)}">
<meta name="byl" content="">
<meta name="lp" content="{attr(' '.join(a.paras[0].split()[:25]))}">
<meta name="cre" content="The New York Times">
<meta name="edt" content="The New York Times on the Web">
<meta name="pdate" content="{D(a.published).strftime('%Y%m%d')}">
<meta name="ttl" content="">
<meta name="les" content="">
<meta name="dat" content="{long_date(a.published)}">
<meta name="tom" content="News">
<meta name="cat" content="">
<meta name="col" content="">
<meta name="dsk" content="U.S.">
<meta name="articleid" content="1247468471613">
<meta name="DISPLAYDATE" content="{long_date(a.published)}">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(a.url)}">
<meta property="og:site_name" content="The New York Times">
<link rel="canonical" href="{attr(a.url)}">
<link rel="stylesheet" type="text/css" href="{fdir}/global.css">
<link rel="stylesheet" type="text/css" href="{fdir}/article.css">
<script type="text/javascript" src="{fdir}/common.js"></script>
<script type="text/javascript" src="{fdir}/prototype.js"></script>
<script type="text/javascript" src="{fdir}/articleCommentCount.js"></script>
</head>
<body id="nyt-article">
<a name="top"></a>
<div id="shell">
<ul id="memberTools">
<li><a id="memberToolsLogin" href="https://myaccount.nytimes.com/auth/login">Log In</a></li>
<li><a href="https://www.nytimes.com/regi">Register Now</a></li>
<li><a href="http://www.nytimes.com/membercenter/sitehelp.html">Help</a></li>
</ul>
<div id="page" class="tabContent active">
<div id="masthead" class="clearfix">
<div id="searchWidget"><form action="http://query.nytimes.com/search/sitesearch" method="get"><input type="text" name="query" value="Search All NYTimes.com"><input id="searchSubmit" type="image" src="{fdir}/search_btn.gif" alt="Search"></form></div>
<div id="branding"><a href="http://www.nytimes.com/"><img src="{fdir}/nytlogo152x23.gif" alt="New York Times" width="152" height="23"></a></div>
<h2><a href="http://www.nytimes.com/pages/politics/index.html">Politics</a></h2>
</div>
<div id="navigation" class="clearfix"><ul class="tabs">
<li><a href="http://www.nytimes.com/">Home Page</a></li><li><a href="http://www.nytimes.com/pages/todayspaper/index.html">Today's Paper</a></li><li><a href="http://www.nytimes.com/video/">Video</a></li><li><a href="http://www.nytimes.com/mostpopular">Most Popular</a></li><li><a href="http://www.nytimes.com/pages/world/index.html">World</a></li><li><a href="http://www.nytimes.com/pages/national/index.html">U.S.</a></li><li><a href="http://www.nytimes.com/pages/nyregion/index.html">N.Y. / Region</a></li><li><a href="http://www.nytimes.com/pages/business/index.html">Business</a></li><li><a href="http://www.nytimes.com/pages/technology/index.html">Technology</a></li><li><a href="http://www.nytimes.com/pages/science/index.html">Science</a></li><li><a href="http://www.nytimes.com/pages/health/index.html">Health</a></li><li><a href="http://www.nytimes.com/pages/sports/index.html">Sports</a></li><li><a href="http://www.nytimes.com/pages/opinion/index.html">Opinion</a></li></ul></div>
<div id="main"><div class="spanAB wrap closing"><div id="abColumn" class="abColumn"><div id="article">
<div class="columnGroup first">
<h1 class="articleHeadline"><nyt_headline version="1.0" type=" ">{esc(a.title)}</nyt_headline></h1>
<h6 class="dateline">Published: {long_date(a.published)}</h6>
<div class="articleToolsTop"><div class="box"><div class="inset"><ul>
<li class="comments"><a href="#comments">Comments (212)</a></li><li class="email"><a href="#">E-Mail</a></li><li class="print"><a href="#">Print</a></li><li class="singlePage"><a href="#">Single Page</a></li><li class="reprints"><a href="#">Reprints</a></li><li class="share"><a href="#">Share</a></li>
</ul></div></div></div>
<div id="articleBody"><nyt_text>
<div class="articleInline runaroundLeft"><div class="inlineImage module"><div class="image"><img src="{fdir}/steele-articleInline.jpg" width="190" height="218" alt=""></div>
<p class="caption">A photograph published with the article.</p><p class="credit">Luke Sharrett for The New York Times</p></div>
<div class="doubleRule"><h3 class="sectionHeader">Related</h3><ul class="headlinesOnly refer"><li><a href="http://thecaucus.blogs.nytimes.com/">The Caucus: The Politics and Government Blog of The Times</a></li></ul></div></div>
{paras}
</nyt_text></div>
<div class="articleFooter"><div class="articleMeta"><div class="opposingFloatControl wrap"><div class="element1"><h6 class="metaFootnote">A version of this article appeared in print on {long_date(a.published)}, on page A1 of the New York edition.</h6></div></div></div></div>
<div class="articleBottomExtra"><div class="emailAlertModule module"><h5>Get Free E-mail Alerts on These Topics</h5><ul class="flush"><li><a href="#">Republican National Committee</a></li><li><a href="#">Afghanistan War (2001- )</a></li></ul></div></div>
</div>
</div></div>
<div id="readerscomment" class="box"><h3><a name="comments"></a>Readers’ Comments</h3><p class="commentsIntro">Share your thoughts.</p>
<div class="commentText">“He said what many of us in the party were thinking, and he paid for it.” — Tom, Virginia</div>
<div class="commentText">“Time for new leadership at the committee.” — Diane, Sacramento</div></div>
<div class="box mostPopular"><h4>MOST POPULAR - POLITICS</h4><ol>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ol></div>
</div></div>
<div id="footer"><ul class="first"><li class="first"><a href="http://www.nytco.com/">© 2010 The New York Times Company</a></li><li><a href="http://www.nytimes.com/privacy">Privacy</a></li><li><a href="http://www.nytimes.com/ref/membercenter/help/agree.html">Terms of Service</a></li><li><a href="http://query.nytimes.com/search/sitesearch">Search</a></li><li><a href="http://www.nytimes.com/corrections.html">Corrections</a></li><li><a href="http://www.nytimes.com/rss">RSS</a></li><li><a href="http://www.nytimes.com/membercenter/sitehelp.html">Help</a></li><li><a href="http://www.nytimes.com/ref/membercenter/help/infoservdirectory.html">Contact Us</a></li><li><a href="http://www.nytco.com/careers">Work for Us</a></li><li><a href="http://www.nytimes.com/ref/membercenter/nytarchive.html">Site Map</a></li></ul></div>
</div></div>
<img src="{fdir}/dcs.gif" width="1" height="1" alt="">
</body></html>
'''
    furniture = ['Get Free E-mail Alerts on These Topics', 'Luke Sharrett for The New York Times',
                 'Readers’ Comments', 'Time for new leadership at the committee.',
                 'A version of this article appeared in print on', 'Register Now']
    return html, furniture


# --------------------------------------------------------------------------------------------
# 2. Fox News-like
def t_fox(a, t, seed, ld=True, byline_org=False):
    rel = related('Fox News', 4, seed)
    body = []
    for i, p in enumerate(a.paras):
        body.append(P(p, 'speakable' if i < 2 else None))
        if i == 2:
            body.append('<div class="ad-container tablet desktop"><div class="ad rr"><span class="ad-label">ADVERTISEMENT</span><div id="ad-slot-fox-1"></div></div></div>')
        if i == 4:
            body.append(f'<p><strong><a href="https://www.foxnews.com/politics">{esc(rel[0].upper())}</a></strong></p>')
        if i == 7 and len(a.paras) > 10:
            body.append('<p><strong><a href="https://www.foxnews.com/apps-products">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>')
    ldo = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': a.url,
           'headline': a.title, 'datePublished': iso_t(t), 'dateModified': iso_t(t + dt.timedelta(minutes=47)),
           'description': ' '.join(a.paras[0].split()[:20]),
           'image': {'@type': 'ImageObject', 'url': 'https://a57.foxnews.com/static.foxnews.com/foxnews.com/content/uploads/2018/08/640/320/image.jpg', 'width': 640, 'height': 320},
           'publisher': {'@type': 'Organization', 'name': 'Fox News',
                         'logo': {'@type': 'ImageObject', 'url': 'https://static.foxnews.com/static/orion/styles/img/fox-news/logos/fox-news-desktop.png', 'width': 190, 'height': 60}}}
    if byline_org:
        ldo['author'] = {'@type': 'Organization', 'name': 'Fox News'}
    byline = ('<div class="author-byline"><span><span>By</span> <a href="https://www.foxnews.com/">Fox News</a></span></div>'
              if byline_org else '')
    html = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{esc(a.title)} | Fox News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(' '.join(a.paras[0].split()[:20]))}">
<meta name="dc.title" content="{attr(a.title)}">
<meta name="dc.publisher" content="Fox News">
<meta name="dc.date" content="{a.published}">
<meta name="dcterms.created" content="{iso_t(t)}">
<meta name="prism.channel" content="fnc">
<meta name="prism.section" content="politics">
<meta name="classification-isa" content="politics">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:url" content="{attr(a.url)}">
<meta property="og:site_name" content="Fox News">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:modified_time" content="{iso_t(t + dt.timedelta(minutes=47))}">
<meta name="twitter:site" content="@FoxNews">
<link rel="canonical" href="{attr(a.url)}">
<link rel="stylesheet" href="//static.foxnews.com/static/orion/styles/css/fox-news/article-new.rs.css">
{jsonld(ldo) if ld else ''}
</head>
<body class="fn article-single">
<div id="wrapper" class="page">
<div class="alert-banner privacy" role="region" aria-label="privacy notice"><p>We've updated our <a href="https://www.foxnews.com/privacy-policy">Privacy Policy</a> and <a href="https://www.foxnews.com/terms-of-use">Terms of Use</a>. By continuing to use this site you consent to the use of cookies as described in our policy.</p><a class="close">Close</a></div>
<header class="site-header"><div class="inner">
<div class="branding"><a href="https://www.foxnews.com/" class="logo">Fox News</a></div>
<nav id="main-nav" class="nav"><ul>
<li class="menu-us"><a href="https://www.foxnews.com/us">U.S.</a></li>
<li class="menu-world"><a href="https://www.foxnews.com/world">World</a></li>
<li class="menu-opinion"><a href="https://www.foxnews.com/opinion">Opinion</a></li>
<li class="menu-politics active"><a href="https://www.foxnews.com/politics">Politics</a></li>
<li class="menu-entertainment"><a href="https://www.foxnews.com/entertainment">Entertainment</a></li>
<li class="menu-business"><a href="https://www.foxbusiness.com/">Business</a></li>
<li class="menu-lifestyle"><a href="https://www.foxnews.com/lifestyle">Lifestyle</a></li>
<li class="menu-tv"><a href="https://www.foxnews.com/shows">TV</a></li>
<li class="menu-hot-topics"><a href="https://www.foxnews.com/category/politics/elections">Hot Topics</a></li>
</ul></nav>
<div class="meta"><a class="watch-live" href="https://www.foxnews.com/video">Watch TV</a> <a class="login" href="https://my.foxnews.com/">Login</a></div>
</div></header>
<div class="page-content"><div class="row full">
<main class="main-content">
<article class="article-wrap has-video">
<header class="article-header">
<div class="eyebrow"><a href="https://www.foxnews.com/politics">POLITICS</a></div>
<h1 class="headline">{esc(a.title)}</h1>
<div class="article-meta article-meta-upper">{byline}
<div class="article-date"><time>Published {long_date(a.published)}</time></div>
<div class="social-share"><ul>
<li class="facebook"><a href="#" title="Share on Facebook">Facebook</a></li>
<li class="twitter"><a href="#" title="Share on Twitter">Twitter</a></li>
<li class="flipboard"><a href="#" title="Share on Flipboard">Flipboard</a></li>
<li class="comments"><a href="#comments">Comments</a></li>
<li class="print"><a href="#">Print</a></li>
<li class="email"><a href="#">Email</a></li>
</ul></div>
</div>
</header>
<div class="article-content">
<div class="article-body">
<div class="m video-container"><div class="video-player"></div><p class="caption">Video: Fox News Channel coverage of the story.</p></div>
{chr(10).join(body)}
<div class="image-ct inline"><div class="m"><img src="https://a57.foxnews.com/static.foxnews.com/foxnews.com/content/uploads/2018/08/640/320/image.jpg" alt=""></div>
<div class="caption"><p>File photo shown with the story. <span class="credit">(Associated Press)</span></p></div></div>
</div>
</div>
<div class="article-footer"><div class="article-meta article-meta-lower"><div class="social-share"><ul><li class="facebook"><a href="#">Facebook</a></li><li class="twitter"><a href="#">Twitter</a></li></ul></div></div></div>
</article>
<div id="comments" class="comments-ct"><h3>Comments</h3><div class="spot-im-frame">
<p class="comment-count">Conversation · 1,284 Comments</p>
<div class="comment"><b>patriot_mom_77</b><p>About time somebody said it.</p></div>
<div class="comment"><b>KenInTexas</b><p>Wait and see, there is more to this story.</p></div>
<p>Log in to comment</p></div></div>
</main>
<aside class="sidebar sidebar-primary"><section class="collection collection-spotlight"><header class="heading"><h3 class="title">Trending in Politics</h3></header>
<ul>{''.join(f'<li><a href="https://www.foxnews.com/politics">{esc(r)}</a></li>' for r in rel[1:])}</ul></section>
<div class="ad-container"><span class="ad-label">ADVERTISEMENT</span></div>
<section class="newsletter"><h3>Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning to your inbox</h3><input type="email" placeholder="Enter your email"><button>Subscribe</button></section></aside>
</div></div>
<footer class="site-footer"><div class="inner">
<nav class="footer-nav"><ul><li><a href="https://www.foxnews.com/us">U.S.</a></li><li><a href="https://www.foxnews.com/world">World</a></li><li><a href="https://www.foxnews.com/opinion">Opinion</a></li><li><a href="https://www.foxnews.com/politics">Politics</a></li></ul></nav>
<div class="copyright"><p>This material may not be published, broadcast, rewritten, or redistributed. ©{D(a.published).year} FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset.</p>
<ul><li><a href="https://www.foxnews.com/about/terms-of-use">Terms of Use</a></li><li><a href="https://www.foxnews.com/privacy-policy">Privacy Policy</a></li><li><a href="https://www.foxnews.com/closed-captioning">Closed Captioning Policy</a></li><li><a href="https://help.foxnews.com/">Help</a></li><li><a href="https://www.foxnews.com/contact">Contact Us</a></li></ul></div>
</div></footer>
</div>
</body>
</html>
'''
    furniture = ['ADVERTISEMENT', 'Trending in Politics',
                 'This material may not be published, broadcast, rewritten, or redistributed.',
                 'Wait and see, there is more to this story.', 'File photo shown with the story.',
                 rel[0].upper()]
    if len(a.paras) > 10:
        furniture[1] = 'CLICK HERE TO GET THE FOX NEWS APP'
    return html, furniture


# --------------------------------------------------------------------------------------------
# 3. HuffPost-like (2016 "entry" template)
def t_huff(a, t, seed, ld=True):
    rel = related('HuffPost', 4, seed)
    blocks = []
    for i, p in enumerate(a.paras):
        blocks.append(f'<div class="content-list-component yr-content-list-text text"><p>{esc(p)}</p></div>')
        if i == 3:
            blocks.append('<div class="ad_spot ad_spot--inline"><span class="advertisement-label">ADVERTISEMENT</span></div>')
        if i == 6:
            blocks.append(f'<div class="content-list-component related-entries"><h3 class="related-entries__title">Related Coverage</h3><ul>'
                          + ''.join(f'<li><a href="https://www.huffpost.com/entry/">{esc(r)}</a></li>' for r in rel[:3]) + '</ul></div>')
    author_html = ''
    meta_author = ''
    if a.authors:
        author_html = ''.join(f'<div class="author-card"><div class="author-card__details"><span class="author-card__name"><a href="https://www.huffpost.com/author/{slug(x)}">{esc(x)}</a></span>'
                              f'<span class="author-card__microbio">Senior Politics Reporter, HuffPost</span></div></div>' for x in a.authors)
        meta_author = f'<meta name="author" content="{attr(", ".join(a.authors))}">\n'
    ldo = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': a.title,
           'url': a.url, 'datePublished': iso_t(t), 'dateModified': iso_t(t + dt.timedelta(hours=5)),
           'articleSection': 'Politics',
           'publisher': {'@type': 'Organization', 'name': 'HuffPost',
                         'logo': {'@type': 'ImageObject', 'url': 'https://img.huffingtonpost.com/asset/logo.png'}}}
    if a.authors:
        ldo['author'] = persons(a.authors)
    canon = f'<link rel="canonical" href="{attr(a.url)}">\n<meta property="og:url" content="{attr(a.url)}">\n' if a.url else ''
    pub = t.strftime('%m/%d/%Y ') + f'{t.hour % 12 or 12:02d}:{t.minute:02d} ' + ('am' if t.hour < 12 else 'pm') + ' ET'
    html = f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | HuffPost</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="HuffPost">
<meta property="og:image" content="https://img.huffingtonpost.com/asset/5c.jpeg?ops=1200_630">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:section" content="Politics">
<meta property="fb:app_id" content="120345088118740">
{meta_author}{canon}<link rel="stylesheet" href="https://s.m.huffpost.com/assets/entry.css">
{jsonld(ldo) if ld else ''}
</head>
<body class="entry-page politics">
<div id="consent-banner" class="consent"><p>HuffPost uses cookies to give you the best experience. By continuing to browse you agree to our use of cookies. <a href="https://www.huffpost.com/privacy">Learn more</a></p><button class="consent__ok">OK</button></div>
<header class="masthead">
<a class="masthead__logo" href="https://www.huffpost.com/">HuffPost</a>
<nav class="masthead__nav"><ul>
<li><a href="https://www.huffpost.com/news/">NEWS</a></li>
<li><a href="https://www.huffpost.com/news/politics">POLITICS</a></li>
<li><a href="https://www.huffpost.com/entertainment/">ENTERTAINMENT</a></li>
<li><a href="https://www.huffpost.com/life/">LIFE</a></li>
<li><a href="https://www.huffpost.com/voices/">VOICES</a></li>
<li><a href="https://www.huffpost.com/section/video">VIDEO</a></li>
</ul></nav>
<a class="masthead__login" href="https://login.huffpost.com/">Log In</a>
</header>
<main id="main" class="entry">
<div class="entry__header">
<div class="entry-eyebrow"><a href="https://www.huffpost.com/news/politics">POLITICS</a></div>
<h1 class="headline__title">{esc(a.title)}</h1>
<div class="entry__byline">{author_html}
<div class="timestamp"><span class="timestamp__date timestamp__date--published">{pub}</span></div>
</div>
<div class="social-buttons"><a class="share-bar__facebook" href="#">Share on Facebook</a><a class="share-bar__twitter" href="#">Tweet</a><a class="share-bar__email" href="#">Email</a><a class="share-bar__pinterest" href="#">Pinterest</a></div>
</div>
<figure class="entry__image"><img src="https://img.huffingtonpost.com/asset/5c.jpeg" alt=""><figcaption class="image__caption">The Capitol dome in Washington, seen at dusk.<span class="image__credit">Bloomberg via Getty Images</span></figcaption></figure>
<div id="entry-body" class="entry__content-list js-entry-content">
{chr(10).join(blocks)}
</div>
<div class="newsletter-signup"><h3>Sign up for the Morning Email</h3><p>Start your workday the right way with the news that matters most.</p><input type="email" placeholder="address@email.com"><button>Subscribe</button></div>
<div class="entry__footer"><div class="tag-cloud"><span>Tags:</span> <a href="#">2016 Election</a> <a href="#">Congress</a></div>
<div class="suggest-correction"><a href="https://www.huffpost.com/corrections">Suggest a correction</a></div></div>
<section class="conversation"><h2 class="conversation__title">CONVERSATIONS</h2>
<div class="fb-comments"><div class="c"><b>Rita Alvarez</b><p>Thanks for covering this, nobody else is.</p></div><div class="c"><b>Doug P.</b><p>Call your senators, people!</p></div></div></section>
<section class="more-in-politics"><h2>MORE IN POLITICS</h2><ul><li><a href="#">{esc(rel[3])}</a></li></ul></section>
</main>
<footer class="footer"><ul>
<li><a href="https://www.huffpost.com/static/about-us">About Us</a></li><li><a href="https://www.huffpost.com/static/advertise">Advertise</a></li><li><a href="https://www.huffpost.com/static/about-our-ads">About Our Ads</a></li><li><a href="https://www.huffpost.com/static/contact-us">Contact Us</a></li><li><a href="https://www.huffpost.com/syndication">RSS</a></li><li><a href="https://www.huffpost.com/static/faq">FAQ</a></li><li><a href="https://www.huffpost.com/static/user-agreement">User Agreement</a></li><li><a href="https://www.huffpost.com/static/privacy-policy">Privacy Policy</a></li><li><a href="https://www.huffpost.com/static/comment-policy">Comment Policy</a></li>
</ul><p class="copyright">©{D(a.published).year} Oath Inc. All rights reserved. Part of HuffPost News.</p></footer>
</body>
</html>
'''
    furniture = ['Related Coverage', 'Sign up for the Morning Email',
                 'HuffPost uses cookies to give you the best experience.',
                 'Thanks for covering this, nobody else is.', 'Bloomberg via Getty Images', 'Suggest a correction']
    if a.authors:
        furniture[5] = 'Senior Politics Reporter, HuffPost'
    return html, furniture


# --------------------------------------------------------------------------------------------
# 3b. HuffPost 2010 template: no published_time meta, "First Posted: MM-DD-YY" stamp
def t_huff2010(a, t, seed):
    rel = related('HuffPost', 3, seed)
    upd = t + dt.timedelta(days=94, hours=3)
    def hp(x):
        return x.strftime('%m-%d-%y ') + f'{x.hour % 12 or 12:02d}:{x.minute:02d} ' + ('AM' if x.hour < 12 else 'PM')
    paras = '\n'.join(f'<p>{esc(p)}</p>' for p in a.paras)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}</title>
<meta name="keywords" content="Glenn Beck, CPAC, Glenn Beck CPAC, Glenn Beck Speech, Politics News" />
<meta name="description" content="{attr(' '.join(a.paras[0].split()[:22]))}" />
<meta property="og:title" content="{attr(a.title)}" />
<meta property="og:site_name" content="The Huffington Post" />
<link rel="canonical" href="{attr(a.url)}" />
<link rel="stylesheet" href="http://s.huffpost.com/assets/css.php?f=style.css" type="text/css" />
</head>
<body class="politics">
<div id="top_nav"><ul class="nav_list">
<li><a href="http://www.huffingtonpost.com/">Front Page</a></li><li><a href="http://www.huffingtonpost.com/politics/">Politics</a></li><li><a href="http://www.huffingtonpost.com/business/">Business</a></li><li><a href="http://www.huffingtonpost.com/media/">Media</a></li><li><a href="http://www.huffingtonpost.com/entertainment/">Entertainment</a></li><li><a href="http://www.huffingtonpost.com/living/">Living</a></li><li><a href="http://www.huffingtonpost.com/style/">Style</a></li><li><a href="http://www.huffingtonpost.com/green/">Green</a></li><li><a href="http://www.huffingtonpost.com/world/">World</a></li><li><a href="http://www.huffingtonpost.com/chicago/">Chicago</a></li><li><a href="http://www.huffingtonpost.com/new-york/">New York</a></li>
</ul></div>
<div id="logo_politics"><a href="http://www.huffingtonpost.com/politics/"><img src="http://s.huffpost.com/images/logo_politics.gif" alt="HuffPost Politics" /></a></div>
<div id="wrapper"><div class="col_a">
<div class="blog_title"><h1 class="title_politics">{esc(a.title)}</h1></div>
<div class="timestamp_politics">First Posted: {hp(t)} &nbsp;|&nbsp; Updated: {hp(upd)}</div>
<div class="share_box"><a class="fb_share" href="#">Share</a> <a class="tweet" href="#">Tweet</a> <a class="mail" href="#">E-mail</a> <a class="print" href="#">Print</a> <a class="comments" href="#comments">Comments</a></div>
<div class="entry_body_text">
<div class="video_embed"><p><strong>Watch:</strong></p><object width="475" height="295"><param name="movie" value="http://www.youtube.com/v/x"></param></object></div>
{paras}
<p class="get_huffpost"><b>Get HuffPost Politics On Facebook and Twitter!</b></p>
</div>
<div class="react_box"><h3>React</h3><ul><li>Important</li><li>Funny</li><li>Typical</li><li>Scary</li><li>Outrageous</li><li>Amazing</li><li>Inspiring</li><li>Intriguing</li></ul></div>
<div class="related_news"><h4>Related News On Huffington Post:</h4><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
<div id="comments"><h3>HuffPost Social News</h3><p class="comm_count">2,911 Comments</p>
<div class="comment_entry"><a class="user">lonestarvoter</a><p>He is entertaining, I will give him that.</p></div>
<div class="comment_entry"><a class="user">progress_now</a><p>A chalkboard is not a policy platform.</p></div>
<p class="pending">Pending Comments</p></div>
</div>
<div class="col_b"><div class="ad_wrapper"><span>Advertisement</span></div>
<div class="newsletter"><b>Sign up for HuffPost Politics email alerts</b> <input type="text" value="Enter email" /></div></div>
</div>
<div id="footer"><p>Copyright © 2010 HuffingtonPost.com, Inc. | <a href="http://www.huffingtonpost.com/p/huffington-post.html">Archive</a> | <a href="http://www.huffingtonpost.com/contact/">Contact Us</a> | <a href="http://www.huffingtonpost.com/p/user-agreement.html">User Agreement</a> | <a href="http://www.huffingtonpost.com/p/privacy-policy.html">Privacy</a> | <a href="http://www.huffingtonpost.com/p/comment-policy.html">Comment Policy</a></p></div>
</body>
</html>
'''
    furniture = ['Get HuffPost Politics On Facebook and Twitter!', 'Related News On Huffington Post:',
                 'A chalkboard is not a policy platform.', 'Sign up for HuffPost Politics email alerts',
                 'Pending Comments', 'Intriguing']
    return html, furniture, upd


# --------------------------------------------------------------------------------------------
# 4. Washington Post-like (PageBuilder "pb-" classes)
def t_wapo(a, t, seed, ld=True):
    rel = related('The New York Times', 4, seed)  # generic political headlines
    body = []
    for i, p in enumerate(a.paras):
        body.append(f'<p data-elm-loc="{i + 1}">{esc(p)}</p>')
        if i == 3:
            body.append(f'<div class="inline-content inline-link"><p class="interstitial"><a href="https://www.washingtonpost.com/politics/">[{esc(rel[0])}]</a></p></div>')
        if i == 8:
            body.append('<div class="pb-ad-container"><div class="pb-ad"><span>Story continues below advertisement</span></div></div>')
    byl = ' and '.join(f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://www.washingtonpost.com/people/{slug(x)}/" rel="author"><span itemprop="name">{esc(x)}</span></a></span>' for x in a.authors)
    ldo = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': a.title,
           'datePublished': iso_t(t), 'dateModified': iso_t(t + dt.timedelta(hours=1, minutes=4)),
           'isAccessibleForFree': 'False',
           'hasPart': {'@type': 'WebPageElement', 'isAccessibleForFree': 'False', 'cssSelector': '.paywall'},
           'author': persons(a.authors),
           'publisher': {'@type': 'Organization', 'name': 'The Washington Post',
                         'logo': {'@type': 'ImageObject', 'url': 'https://www.washingtonpost.com/wp-stat/img/wplogo_344x60_blk.png'}}}
    dek = f'<h2 class="pb-subheadline">{esc(a.dek)}</h2>' if getattr(a, 'dek', None) else ''
    tstr = f'{long_date(a.published)} at {ampm(t)}'
    html = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(a.title)} - The Washington Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Washington Post">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://img.washingtonpost.com/rf/image_1484w/2010-2019/WashingtonPost/2016/photo.jpg">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:section" content="Politics">
<meta name="author" content="{attr(', '.join(a.authors))}">
<meta name="DC.date.issued" content="{iso_t(t)}">
<meta name="eomportal-lastUpdate" content="{(t + dt.timedelta(hours=1, minutes=4)).strftime('%a %b %d %H:%M:%S EDT %Y')}">
<meta name="twitter:site" content="@washingtonpost">
<link rel="stylesheet" href="https://www.washingtonpost.com/pb/resources/dist/css/main.css">
{jsonld(ldo) if ld else ''}
</head>
<body class="pb-layout article">
<div id="pb-root">
<div class="gdpr-consent" id="wpCookieConsent"><p>We use cookies and other tracking technologies to provide a better experience, to analyze our traffic and to personalize content. <a href="https://www.washingtonpost.com/privacy-policy/">Privacy Policy</a></p><button>I accept</button></div>
<nav id="main-sections-nav" class="nav-sections"><button class="nav-sections-btn">Sections</button><ul>
<li><a href="https://www.washingtonpost.com/politics/">Politics</a></li>
<li><a href="https://www.washingtonpost.com/opinions/">Opinions</a></li>
<li><a href="https://www.washingtonpost.com/sports/">Sports</a></li>
<li><a href="https://www.washingtonpost.com/local/">Local</a></li>
<li><a href="https://www.washingtonpost.com/national/">National</a></li>
<li><a href="https://www.washingtonpost.com/world/">World</a></li>
<li><a href="https://www.washingtonpost.com/business/">Business</a></li>
<li><a href="https://www.washingtonpost.com/business/technology/">Tech</a></li>
<li><a href="https://www.washingtonpost.com/lifestyle/">Lifestyle</a></li>
<li><a href="https://www.washingtonpost.com/entertainment/">Entertainment</a></li>
</ul><a class="nav-sign-in" href="https://www.washingtonpost.com/subscribe/signin/">Sign In</a> <a class="nav-subscribe" href="https://subscribe.washingtonpost.com/">Subscribe</a></nav>
<div class="pb-f-page-header-v2"><a class="kicker" href="https://www.washingtonpost.com/politics/">Politics</a></div>
<div class="pb-f-article-article-topper"><div class="pb-feature pb-headline"><h1 itemprop="headline">{esc(a.title)}</h1>{dek}</div>
<div class="pb-sig-line"><span class="pb-byline">By {byl}</span>
<span class="pb-timestamp" itemprop="datePublished" content="{iso_t(t)}">{tstr}</span></div>
<div class="social-tools-wrapper-top"><span class="pb-tool facebook">Share on Facebook</span><span class="pb-tool twitter">Share on Twitter</span><span class="pb-tool email">Share via Email</span><span class="pb-tool more">More options</span><span class="pb-tool comments">Comments 1,406</span></div>
</div>
<div id="article-body" class="article-body">
<div class="inline-content inline-photo inline-photo-normal"><img src="https://img.washingtonpost.com/rf/image_480w/2010-2019/WashingtonPost/2016/photo.jpg" alt=""><span class="pb-caption">A campaign stop earlier this year. (Jabin Botsford/The Washington Post)</span></div>
<article itemprop="articleBody">
{chr(10).join(body)}
</article>
</div>
<div class="pb-f-page-newsletter-inLine"><div class="newsletter-module"><p class="newsletter-title">The Daily 202</p><p class="newsletter-blurb">Sign up to receive the Daily 202 newsletter, a morning tipsheet on politics.</p><input type="email"><button>Sign up</button></div></div>
<div class="pb-f-page-trending"><h3 class="trending-title">The Post Most</h3><ol>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel[1:])}</ol></div>
<div id="comments" class="pb-f-page-comments"><h3>Comments</h3><p class="comments-policy">Comments are not edited. <a href="https://www.washingtonpost.com/discussionsandsubmissions/">Discussion Policy</a></p>
<div class="echo-item"><span class="echo-name">BethesdaDad</span><p>Interesting piece, but the polling tells a different story.</p></div></div>
<footer class="pb-f-page-footer-v2"><ul>
<li><a href="https://helpcenter.washingtonpost.com/">Help and Contact Us</a></li><li><a href="https://www.washingtonpost.com/terms-of-service/">Terms of Service</a></li><li><a href="https://www.washingtonpost.com/privacy-policy/">Privacy Policy</a></li><li><a href="https://www.washingtonpost.com/print-products-terms-of-sale/">Print Products Terms of Sale</a></li><li><a href="https://www.washingtonpost.com/digital-products-terms-of-sale/">Digital Products Terms of Sale</a></li><li><a href="https://www.washingtonpost.com/discussion-and-submission-guidelines/">Submissions and Discussion Policy</a></li><li><a href="https://www.washingtonpost.com/rss-terms-of-service/">RSS Terms of Service</a></li><li><a href="https://www.washingtonpost.com/privacy-policy/#ads">Ad Choices</a></li>
</ul><p class="copyright">© 1996-{D(a.published).year} The Washington Post</p></footer>
</div>
</body>
</html>
'''
    furniture = ['Story continues below advertisement', 'Sign up to receive the Daily 202 newsletter',
                 'The Post Most', 'Interesting piece, but the polling tells a different story.',
                 '(Jabin Botsford/The Washington Post)', f'[{rel[0]}]']
    return html, furniture


# --------------------------------------------------------------------------------------------
# 5. WordPress (Breitbart / Western Journalism), Yoast @graph JSON-LD, sharedaddy, Jetpack
def t_wp(a, t, seed, site, domain, ld=True, charset='UTF-8'):
    rel = related('Fox News', 3, seed)
    pid = 4400000 + seed * 317
    body = []
    for i, p in enumerate(a.paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 2:
            body.append('<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;">'
                        '<div class="adslot" data-slot="in-article-1"><small>Advertisement</small></div></div>')
    author = a.authors[0] if a.authors else None
    graph = [
        {'@type': 'Organization', '@id': f'https://www.{domain}/#organization', 'name': site, 'url': f'https://www.{domain}/'},
        {'@type': 'WebSite', '@id': f'https://www.{domain}/#website', 'url': f'https://www.{domain}/', 'name': site,
         'publisher': {'@id': f'https://www.{domain}/#organization'}},
        {'@type': 'WebPage', '@id': f'https://www.{domain}/?p={pid}#webpage', 'name': f'{a.title} | {site}',
         'isPartOf': {'@id': f'https://www.{domain}/#website'}, 'datePublished': iso_t(t)},
        {'@type': 'NewsArticle', '@id': f'https://www.{domain}/?p={pid}#article', 'headline': a.title,
         'datePublished': iso_t(t), 'dateModified': iso_t(t + dt.timedelta(minutes=25)),
         'isPartOf': {'@id': f'https://www.{domain}/?p={pid}#webpage'},
         'publisher': {'@id': f'https://www.{domain}/#organization'}, 'articleSection': 'Politics'},
    ]
    if author:
        graph[3]['author'] = {'@id': f'https://www.{domain}/#/schema/person/{slug(author)}'}
        graph.append({'@type': 'Person', '@id': f'https://www.{domain}/#/schema/person/{slug(author)}', 'name': author})
    ldo = {'@context': 'https://schema.org', '@graph': graph}
    byline = (f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.{domain}/author/{slug(author)}/">{esc(author)}</a></span></span>'
              if author else '')
    meta_author = f'<meta name="author" content="{attr(author)}">\n' if author else ''
    charset_tag = f'<meta charset={charset}>' if charset != 'UTF-8' else '<meta charset="UTF-8">'
    html = f'''<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#">
<head>
{charset_tag}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(a.title)} | {site}</title>
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:site_name" content="{site}">
<meta property="article:section" content="Politics">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:modified_time" content="{iso_t(t + dt.timedelta(minutes=25))}">
{meta_author}<link rel='dns-prefetch' href='//s0.wp.com'>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.{domain}/wp-includes/css/dist/block-library/style.min.css?ver=5.2' type='text/css' media='all'>
<link rel='stylesheet' id='theme-style-css' href='https://www.{domain}/wp-content/themes/{slug(site)}/style.css?ver=1.0.4' type='text/css' media='all'>
<link rel='shortlink' href='https://www.{domain}/?p={pid}'>
{jsonld(ldo).replace('<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph yoast-schema-graph--main">') if ld else ''}
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. <a role='button' class="cli_action_button cli-accept-button">Accept</a> <a href="https://www.{domain}/privacy-policy/" class="cli-plugin-main-link">Read More</a></span></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://www.{domain}/" rel="home">{site}</a></p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-main-container"><ul id="primary-menu" class="menu">
<li id="menu-item-11" class="menu-item menu-item-type-taxonomy"><a href="https://www.{domain}/politics/">Politics</a></li>
<li id="menu-item-12" class="menu-item"><a href="https://www.{domain}/national-security/">National Security</a></li>
<li id="menu-item-13" class="menu-item"><a href="https://www.{domain}/economy/">Economy</a></li>
<li id="menu-item-14" class="menu-item"><a href="https://www.{domain}/entertainment/">Entertainment</a></li>
<li id="menu-item-15" class="menu-item"><a href="https://www.{domain}/faith/">Faith</a></li>
<li id="menu-item-16" class="menu-item"><a href="https://www.{domain}/video/">Video</a></li>
<li id="menu-item-17" class="menu-item"><a href="https://www.{domain}/newsletter/">Newsletter Sign-Up</a></li>
</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-politics">
<header class="entry-header">
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso_t(t)}">{long_date(a.published)}</time></a></span>{byline}</div>
</header>
<figure id="attachment_{pid - 3}" class="wp-caption aligncenter"><img src="https://www.{domain}/wp-content/uploads/{D(a.published).year}/{D(a.published).month:02d}/featured.jpg" alt=""><figcaption class="wp-caption-text">Featured image: campaign event. Photo credit: Scott Olson/Getty Images</figcaption></figure>
<div class="entry-content">
{chr(10).join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a class="share-twitter sd-button" href="#" title="Click to share on Twitter"><span>Twitter</span><span class="sharing-screen-reader-text">Click to share on Twitter (Opens in new window)</span></a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="#" title="Click to share on Facebook"><span>Facebook</span><span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new window)</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
{''.join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{esc(r)}</a></h4></div>' for r in rel)}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://www.{domain}/politics/" rel="category tag">Politics</a></span> <span class="tags-links">Tagged <a href="#" rel="tag">2016 election</a></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">Previous Post</a></div><div class="nav-next"><a href="#" rel="next">Next Post</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">12 thoughts on “{esc(a.title)}”</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Rick_in_Ohio</b> <span class="says">says:</span></footer><div class="comment-content"><p>Finally some honest reporting on this.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">JaneQ</b> <span class="says">says:</span></footer><div class="comment-content"><p>Share this with everyone you know before it gets buried.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://www.{domain}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;"></label></form></section>
<section id="text-4" class="widget widget_text"><h2 class="widget-title">Subscribe to our newsletter</h2><div class="textwidget"><p>Get the latest headlines delivered to your inbox every morning.</p></div></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="#">{esc(rel[0])}</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright &copy; {D(a.published).year} {site}. All Rights Reserved. <span class="sep"> | </span> <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
<script type='text/javascript' src='https://www.{domain}/wp-includes/js/wp-embed.min.js?ver=5.2'></script>
</body>
</html>
'''
    furniture = ['Click to share on Twitter (Opens in new window)', 'Leave a Reply',
                 "This website uses cookies to improve your experience.",
                 'Finally some honest reporting on this.', 'Photo credit: Scott Olson/Getty Images',
                 'Subscribe to our newsletter']
    return html, furniture


# --------------------------------------------------------------------------------------------
# 6. USA TODAY / Gannett (gnt_ classes)
def t_usat(a, t, seed, ld=True):
    rel = related('HuffPost', 3, seed)
    body = []
    for i, p in enumerate(a.paras):
        body.append(f'<p class="gnt_ar_b_p">{esc(p)}</p>')
        if i == 2:
            body.append('<aside class="gnt_em gnt_em__ad" aria-label="advertisement"><div class="gnt_em_ad_lbl">Advertisement</div></aside>')
        if i == 5:
            body.append(f'<div class="gnt_ar_b_al"><strong>More: </strong><a href="https://www.usatoday.com/news/politics/">{esc(rel[0])}</a></div>')
    ldo = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': a.title,
           'datePublished': iso_t(t), 'dateModified': iso_t(t + dt.timedelta(hours=2, minutes=51)),
           'author': persons(a.authors),
           'publisher': {'@type': 'Organization', 'name': 'USA TODAY',
                         'logo': {'@type': 'ImageObject', 'url': 'https://www.gannett-cdn.com/sites/usatoday/images/site-nav-logo@2x.png'}},
           'articleSection': 'politics'}
    upd = t + dt.timedelta(hours=2, minutes=51)
    lbl = f'Published {ampm(t)} ET {long_date(a.published)} | Updated {ampm(upd)} ET {long_date(upd.date().isoformat())}'
    html = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}</title>
<meta name="description" content="{attr(' '.join(a.paras[0].split()[:24]))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:site_name" content="USA TODAY">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:modified_time" content="{iso_t(upd)}">
<meta name="twitter:site" content="@usatoday">
<link rel="stylesheet" href="https://www.gannett-cdn.com/gannett-web/apps/teal/dist/css/article.css">
{jsonld(ldo) if ld else ''}
</head>
<body class="gnt_pr">
<div class="gnt_cb" role="region" aria-label="Cookie banner"><p>We use cookies to understand how you use our site and to improve your experience. This includes personalizing content and advertising. By continuing to use our site, you accept our use of cookies, revised Privacy Policy and Terms of Service.</p><button class="gnt_cb_btn">Accept</button></div>
<header class="gnt_n"><a class="gnt_n_logo" href="https://www.usatoday.com/">USA TODAY</a>
<nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="https://www.usatoday.com/news/">News</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/sports/">Sports</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/entertainment/">Entertainment</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/life/">Life</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/money/">Money</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/tech/">Tech</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/travel/">Travel</a><a class="gnt_n_mn_l" href="https://www.usatoday.com/opinion/">Opinion</a><a class="gnt_n_mn_l" href="https://puzzles.usatoday.com/">Crossword</a></nav>
<a class="gnt_n_us" href="https://login.usatoday.com/">Sign In</a></header>
<main class="gnt_cw">
<article class="gnt_pr">
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(a.title)}</h1>
<div class="gnt_ar_by">{''.join(f'<a class="gnt_ar_by_a gnt_ar_by_a__si" href="https://www.usatoday.com/staff/{slug(x)}/">{esc(x)}</a>' for x in a.authors)}<div class="gnt_ar_by_b">USA TODAY</div></div>
<div class="gnt_ar_dt" aria-label="{attr(lbl)}">{esc(lbl)}</div>
<div class="gnt_ss"><a class="gnt_ss_fb" aria-label="Share to Facebook" href="#">Facebook</a><a class="gnt_ss_tw" aria-label="Share to Twitter" href="#">Twitter</a><a class="gnt_ss_em" aria-label="Share by Email" href="#">Email</a></div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.gannett-cdn.com/presto/2016/photo.jpg" alt=""><figcaption class="gnt_em_cp">Leaders gather for a working dinner. <span class="gnt_em_cp_c">(Photo: Saul Loeb, AFP/Getty Images)</span></figcaption></figure>
<div class="gnt_ar_b">
{chr(10).join(body)}
</div>
<div class="gnt_ar_shr"><p>Share this story</p></div>
</article>
<aside class="gnt_rr"><div class="gnt_nl"><h3>Get the Daily Briefing newsletter in your inbox.</h3><input type="email"><button>Sign Up</button></div>
<div class="gnt_m_th"><h3>Most Popular</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel[1:])}</ul></div></aside>
<section class="gnt_cmt"><h3>Conversation</h3><div><b>Gary W.</b><p>Good summary of a complicated week.</p></div></section>
</main>
<footer class="gnt_f"><nav><a href="https://www.usatoday.com/terms/">Terms of Service</a> <a href="https://www.usatoday.com/privacy/">Privacy Policy</a> <a href="https://www.usatoday.com/privacy/#california">Your California Privacy Rights</a> <a href="https://www.usatoday.com/sitemap/">Site Map</a> <a href="https://cm.usatoday.com/accessibility/">Accessibility</a> <a href="https://cm.usatoday.com/ethical-conduct/">Our Ethical Principles</a></nav>
<p>© {D(a.published).year} USA TODAY, a division of Gannett Satellite Information Network, LLC.</p></footer>
</body>
</html>
'''
    furniture = ['We use cookies to understand how you use our site', 'Get the Daily Briefing newsletter in your inbox.',
                 '(Photo: Saul Loeb, AFP/Getty Images)', 'Good summary of a complicated week.',
                 'Share this story', 'Your California Privacy Rights']
    return html, furniture


# --------------------------------------------------------------------------------------------
# 7. POLITICO (2016) — story split across <p> and <div> elements, byline in capitals,
#    "05/05/16 05:53 PM EDT" timestamp, "Story Continued Below" interrupts.
def t_politico(a, t, seed):
    rel = related('The New York Times', 3, seed)
    parts = []
    for i, p in enumerate(a.paras):
        m = i % 5
        if m in (0, 3):
            parts.append(f'<p>{esc(p)}</p>')
        elif m == 1:
            parts.append(f'<div class="story-text__paragraph">{esc(p)}</div>')
        elif m == 2:
            parts.append(f'<div class="story-text__block"><p>{esc(p)}</p></div>')
        else:
            parts.append(f'<div>{esc(p)}</div>')
        if i in (3, 11, 20):
            parts.append('<div class="story-interrupt ad"><p class="story-continued">Story Continued Below</p><div class="ad-slot" id="pol-0' + str(i) + '"></div></div>')
        if i == 6:
            parts.append('<div class="story-interrupt newsletter"><p>Missing out on the latest scoops? Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox.</p></div>')
    stampstr = t.strftime('%m/%d/%y ') + f'{t.hour % 12 or 12:02d}:{t.minute:02d} ' + ('AM' if t.hour < 12 else 'PM') + f' {tzabbr(t)}'
    html = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} - POLITICO</title>
<meta name="description" content="{attr(' '.join(a.paras[0].split()[:20]))}">
<meta name="author" content="{attr(', '.join(a.authors))}">
<meta name="dcterms.created" content="{t.strftime('%Y-%m-%dT%H:%M:%S')}">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="POLITICO">
<meta property="article:published_time" content="{iso_t(t)}">
<meta property="article:section" content="2016 Elections">
<meta property="article:tag" content="Paul Ryan">
<link rel="stylesheet" href="https://www.politico.com/dims4/default/css/politico.css">
</head>
<body class="layout-story">
<div class="cookie-consent"><p>POLITICO uses cookies to improve your experience. To find out more, read our <a href="https://www.politico.com/privacy">privacy policy</a>.</p><button>OK</button></div>
<header class="super"><div class="super-inner">
<a class="logo" href="https://www.politico.com/">POLITICO</a>
<nav class="nav-primary"><ul>
<li><a href="https://www.politico.com/playbook">Playbook</a></li>
<li><a href="https://www.politico.com/congress">Congress</a></li>
<li><a href="https://www.politico.com/white-house">White House</a></li>
<li><a href="https://www.politico.com/2016-election">2016 Election</a></li>
<li><a href="https://www.politico.com/magazine">Magazine</a></li>
<li><a href="https://www.politicopro.com/">POLITICO Pro</a></li>
</ul></nav></div></header>
<main class="content-groupset">
<div class="story-main-content">
<header class="summary">
<p class="category"><a href="https://www.politico.com/2016-election">2016 ELECTIONS</a></p>
<h1><span itemprop="headline">{esc(a.title)}</span></h1>
<footer class="meta">
<div class="byline"><p>By <span class="vcard">{' and '.join(f'<a href="https://www.politico.com/staff/{slug(x)}">{esc(x.upper())}</a>' for x in a.authors)}</span></p></div>
<p class="timestamp"><time datetime="{t.strftime('%Y-%m-%d %H:%M')}">{stampstr}</time></p>
</footer>
<div class="share-tools"><a class="facebook" href="#">Share on Facebook</a> <a class="twitter" href="#">Share on Twitter</a> <a class="email" href="#">Email</a> <a class="comments" href="#comments">Comments</a></div>
</header>
<figure class="art"><img src="https://static.politico.com/dims4/default/image.jpg" alt=""><figcaption><p class="caption">House Speaker Paul Ryan at the Capitol.</p><p class="credit">| Getty</p></figcaption></figure>
<div class="story-text">
{chr(10).join(parts)}
</div>
<div class="story-meta"><p class="authors-footer">Authors:</p><ul><li>{esc(a.authors[0])}</li></ul></div>
<div class="story-related"><h3>Related stories</h3><ul>{''.join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel)}</ul></div>
<div id="comments" class="fb-comments-wrap"><h3>Comments</h3><p class="c">Politics ain't beanbag. — Sam K.</p></div>
</div>
</main>
<footer class="site-footer"><ul><li><a href="https://www.politico.com/about-us">About Us</a></li><li><a href="https://www.politico.com/advertising">Advertising</a></li><li><a href="https://www.politico.com/breaking-news-alerts">Breaking News Alerts</a></li><li><a href="https://www.politico.com/careers">Careers</a></li><li><a href="https://www.politico.com/privacy">Privacy Policy</a></li><li><a href="https://www.politico.com/terms-of-service">Terms of Service</a></li></ul>
<p>&copy; {D(a.published).year} POLITICO LLC</p></footer>
</body>
</html>
'''
    furniture = ['Story Continued Below', 'Missing out on the latest scoops?',
                 'POLITICO uses cookies to improve your experience.', "Politics ain't beanbag.",
                 'House Speaker Paul Ryan at the Capitol.', 'Related stories']
    return html, furniture


# --------------------------------------------------------------------------------------------
def write(rel, html, enc='utf-8'):
    with open(out(rel), 'w', encoding=enc, newline='\n') as fh:
        fh.write(html)


def build():
    reg = []

    def emit(key, name, maker, published_is_datetime=True, note=None, enc='utf-8', **kw):
        a = PICKS[key]()
        res = maker(a)
        html, furn = res[0], res[1]
        t = maker.t
        rel = f'{L}/{name}'
        write(rel, html, enc)
        pub = iso_t(t) if published_is_datetime else a.published
        e = art(a, published=pub, furniture=furn, note=note, **kw)
        add(rel, L, e)
        return a

    def mk(fn, hh, mm, **kw):
        def m(a):
            m.t = stamp(a.published, hh, mm)
            return fn(a, m.t, len(a.title), **kw)
        return m

    emit('H01', 'html-01-nyt-jsonld.html', mk(t_nyt, 14, 32),
         note='NYT-style page with JSON-LD NewsArticle (no author: BASIL stores no byline). Body '
              'paragraphs sit in StoryBodyCompanionColumn divs interleaved with ad slots. Time of day '
              'added for the fixture.', template='nyt')
    emit('H02', 'html-02-nyt-byline-nocanonical.html', mk(t_nyt, 19, 5),
         note='NYT-style page with byline, "byl" meta and JSON-LD author; no canonical/og:url '
              '(PolNeAR stores no URL), so url is null. Time added for the fixture.', template='nyt')
    emit('H03', 'html-03-fox-meta-only.html', mk(t_fox, 11, 18, ld=False),
         note='Fox-style page, meta tags only (no JSON-LD), no byline. Canonical is the corpus URL '
              '(a ".print.html" address).', template='fox')
    emit('H04', 'html-04-fox-jsonld-inline-promos.html', mk(t_fox, 16, 40, byline_org=True),
         note='Fox-style page. JSON-LD and the visible byline name the organisation "Fox News" as '
              'author: that is the outlet, not a person, so authors is empty. Inline <p> promos '
              '("CLICK HERE TO GET THE FOX NEWS APP", an upper-case related headline) sit between body '
              'paragraphs and are furniture.', template='fox')
    emit('H05', 'html-05-huffpost-jsonld.html', mk(t_huff, 18, 4),
         note='HuffPost-style page: every paragraph in its own div.content-list-component; a '
              '"Related Coverage" block sits inside the body container. Body opens with '
              '"WASHINGTON ―" (U+2015).', template='huffpost')
    emit('H06', 'html-06-huffpost-meta-only.html', mk(t_huff, 17, 26, ld=False),
         note='HuffPost-style page, meta tags only; author bio line ("Senior Politics Reporter, '
              'HuffPost") next to the byline is furniture; no canonical (url null).', template='huffpost')
    emit('H07', 'html-07-wapo-jsonld.html', mk(t_wapo, 21, 12),
         note='WaPo-style page; og:site_name is "Washington Post" (outlet proper name is "The '
              'Washington Post"); bracketed in-body "[related headline]" interstitial is furniture.',
         template='wapo')
    emit('H08', 'html-08-wapo-meta-only.html', mk(t_wapo, 13, 47, ld=False),
         note='WaPo-style page, meta tags only, no JSON-LD, no canonical (url null).', template='wapo')
    emit('H09', 'html-09-breitbart-wordpress-yoast.html',
         mk(t_wp, 8, 31, site='Breitbart', domain='breitbart.com'),
         note='WordPress page with Yoast @graph JSON-LD (author given by @id reference to a Person '
              'node); Jetpack "Related" and sharedaddy share buttons live INSIDE div.entry-content.',
         template='wordpress')
    emit('H10', 'html-10-westernjournalism-cp1252.html',
         mk(t_wp, 10, 2, site='Western Journalism', domain='westernjournalism.com', ld=False,
            charset='windows-1252'),
         enc='cp1252',
         note='File bytes are windows-1252 (curly quotes as 0x91-0x94), declared by '
              '<meta charset=windows-1252>. No byline (the corpus has no author). Meta tags only.',
         template='wordpress')
    emit('H11', 'html-11-usatoday-jsonld.html', mk(t_usat, 7, 2),
         note='Gannett-style page; visible "Published 7:02 a.m. ET ... | Updated ..." line; '
              'og:site_name "USA TODAY".', template='usatoday')
    emit('H12', 'html-12-politico-p-and-div.html', mk(t_politico, 17, 53),
         note='Story text split across <p>, bare <div>, and <div><p> elements; byline in capitals '
              '("NOLAN D. MCCASKILL"); timestamp "05/05/16 05:53 PM EDT"; "Story Continued Below" '
              'interrupts are furniture. No canonical (url null).', template='politico')

    # H13: NYT 2010, saved "web page, complete"
    a = PICKS['H13']()
    t = stamp(a.published, 20, 0)
    html, furn = t_nyt2010_saved(a, t, 13)
    rel = f'{L}/html-13-nyt2010-saved-with-assets.html'
    write(rel, html)
    add(rel, L, art(a, furniture=furn,
                    note='Saved as "Web page, complete": <!-- saved from url=(NNNN)... --> comment and '
                         'relative links into a "<title>_files/" folder that does not exist. Only the '
                         'date is shown (no time). Byline meta is empty.', template='nyt-2010'))

    # H14: HuffPost 2010, minimal meta, First Posted stamp
    a = PICKS['H14']()
    t = stamp(a.published, 17, 26)
    html, furn, upd = t_huff2010(a, t, 14)
    rel = f'{L}/html-14-huffingtonpost-2010.html'
    write(rel, html)
    add(rel, L, art(a, published=iso_t(t), furniture=furn,
                    note='2010 template: og:site_name is "The Huffington Post" (corpus outlet name '
                         '"HuffPost"); no published_time meta; visible "First Posted: 02-20-10 05:26 PM '
                         '| Updated: 05-25-11 ..." (two-digit years; the Updated stamp is not the '
                         'publication date). Time added for the fixture.', template='huffpost-2010'))
