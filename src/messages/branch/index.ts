export { BranchMessage } from './BranchMessage'
export { branchFixtures } from './fixtures'
