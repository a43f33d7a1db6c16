export { SuggestionMessage, SUGGESTION_PAGE_SIZE, SUGGESTION_MAX_ITEMS } from './SuggestionMessage'
export { suggestionFixtures } from './fixtures'
