/**
 * Every work the chapters cite, in one style. A chapter imports the entries it
 * cites and renders each with <Ref to={…} /> in a footnote, so references read
 * alike across the site: authors (year), “title”, venue, link where there is one.
 * One module per work (content/works/), so a chapter's bundle holds only the works it cites.
 */
export interface Reference {
  /** As printed: "A. B. Author, C. Author and D. Author", or "A. B. Author et al." beyond three. */
  authors: string;
  /** Year of publication; none for living documentation. */
  year?: number;
  title: string;
  /** Journal, conference, book or kind of document, set in italics. */
  venue?: string;
  /** Volume, issue and pages, after the venue. */
  details?: string;
  /** A DOI, arXiv or publisher address. */
  url?: string;
}

export { originalPost, originalPostAuthors, originalPostCite, originalPostDate } from './originalPost.js';
export { parkJoungMenadjiev2023 } from './works/parkJoungMenadjiev2023.js';
export { brown2020 } from './works/brown2020.js';
export { radford2019 } from './works/radford2019.js';
export { radford2022 } from './works/radford2022.js';
export { tran2015 } from './works/tran2015.js';
export { he2016 } from './works/he2016.js';
export { xie2017 } from './works/xie2017.js';
export { howard2017 } from './works/howard2017.js';
export { torchRecurrent } from './works/torchRecurrent.js';
export { hochreiter1997 } from './works/hochreiter1997.js';
export { gers2000 } from './works/gers2000.js';
export { cho2014 } from './works/cho2014.js';
export { chung2014 } from './works/chung2014.js';
export { zaremba2014 } from './works/zaremba2014.js';
export { geva2021 } from './works/geva2021.js';
export { elhage2021 } from './works/elhage2021.js';
export { elhage2022 } from './works/elhage2022.js';
export { shazeer2017 } from './works/shazeer2017.js';
export { song2016 } from './works/song2016.js';
export { cornford2021 } from './works/cornford2021.js';
export { azevedo2009 } from './works/azevedo2009.js';
export { white1986 } from './works/white1986.js';
export { menzel2001 } from './works/menzel2001.js';
export { herculanoHouzel2006 } from './works/herculanoHouzel2006.js';
export { dorkenwald2024 } from './works/dorkenwald2024.js';
export { adrian1926 } from './works/adrian1926.js';
export { bliss1973 } from './works/bliss1973.js';
export { markram2004 } from './works/markram2004.js';
export { treiman2001 } from './works/treiman2001.js';
export { strata1999 } from './works/strata1999.js';
export { abbott1999 } from './works/abbott1999.js';
export { maass1997 } from './works/maass1997.js';
export { thorpe1996 } from './works/thorpe1996.js';
export { brette2015 } from './works/brette2015.js';
export { grothe2010 } from './works/grothe2010.js';
export { jeffress1948 } from './works/jeffress1948.js';
export { carr1990 } from './works/carr1990.js';
export { lennie2003 } from './works/lennie2003.js';
export { attwell2001 } from './works/attwell2001.js';
export { liu2012 } from './works/liu2012.js';
export { merolla2014 } from './works/merolla2014.js';
export { horowitz2014 } from './works/horowitz2014.js';
export { davies2018 } from './works/davies2018.js';
export { olshausen1996 } from './works/olshausen1996.js';
