/** Topic of each reference, for the full bibliography on the sources page. A test checks every key is in one group. */
export const referenceGroups = [
  {id: 'fibromyalgia', keys: ['orhurhu2019', 'patil2012', 'decarvalho2024', 'eskefib2021', 'gupta2023', 'marzoughi2023', 'almukhaizeem2023', 'sorensen1995', 'gravennielsen2000', 'noppers2011fm', 'pastrak2021', 'cohen2006', 'asra2018', 'cochrane2025', 'okapi2022', 'cadth2020pain', 'jonkman2017', 'moore2015amitriptyline']},
  {id: 'depression', keys: ['fda2019spravato', 'canady2020', 'ec2019spravato', 'ec2021spravato', 'hc2020spravato', 'hc-rds00895', 'has2020spravato', 'has2021spravato', 'has-reassessment', 'medscape2020fr', 'prescrire2020', 'nice2020', 'cadth-trd', 'cadth2017', 'dosefinding2018', 'ajp2016frequency', 'murrough2013series', 'murrough2013rct', 'zarate2006', 'berman2000', 'ajp2015meta', 'karmadep2', 'abdallah2022', 'turkoz2021', 'daly2019', 'ekstrand2022', 'anand2023', 'gastaldon2019']},
  {id: 'risks', keys: ['spravato-label', 'ketalar-label', 'shahani2007', 'cottrell2008', 'venyo2012', 'noppers2011liver', 'cotter2021', 'dea1999', 'swiss-ketamine-info', 'fda2023compounded']},
  {id: 'legal', keys: ['fr-stupefiant1997', 'ansm2017', 'canada-cdsa2005', 'emcdda2000']},
  {id: 'crisis', keys: ['fr3114', 'fr-emergency-numbers', 'ca988', 'us988', 'samaritans']},
  {id: 'quality', keys: ['discern1999', 'silberg1997', 'pemat2014', 'flesch-formula', 'kandel-moles']},
] as const satisfies readonly {id: string; keys: readonly string[]}[];
