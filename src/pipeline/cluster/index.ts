export { articleFeatures, DEFAULT_FEATURE_WEIGHTS, type ArticleFeatures, type FeatureInput, type FeatureWeights } from './article-features.js'
export { StoryGrouper, DEFAULT_GROUPER_OPTIONS, type StoryGrouperOptions, type Assignment } from './story-grouper.js'
export { groupStories, type GroupInput, type GroupStoriesOptions } from './group-stories.js'
export { applyCorrections, type GroupCorrection } from './apply-corrections.js'
