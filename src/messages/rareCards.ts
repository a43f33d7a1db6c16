// The renderers of kinds drawn rarely (a few times a session at most), in one module: the kinds
// load it on first use (`load` in their declarations), so a host's bundler puts them in one lazy
// chunk. One chunk, not six: small chunks compress poorly and each costs a request.
export { RatingMessage } from './rating/RatingMessage'
export { TaskFormMessage } from './taskForm/TaskFormMessage'
export { TaskBranchMessage } from './taskBranch/TaskBranchMessage'
export { FormMessage } from './form/FormMessage'
export { OrderMessage } from './order/OrderMessage'
export { ProductMessage } from './product/ProductMessage'
