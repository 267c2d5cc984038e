// The bare reference for the benchmark: the same Next, React and Tailwind as the site, no next-intl, no MDX.
export default {poweredByHeader: false};
