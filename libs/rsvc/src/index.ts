export {
  operation,
  UNINITIALIZED,
  type ServiceClass,
  type OperationSpec,
  type HandlerContext,
  type LeaderContext,
  type GroupTerm,
  type ClientOp,
} from './service-class.js';
